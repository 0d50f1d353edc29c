package se.goteborg.international.project.exchangerate;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The EUR→SEK rate of one month, and where it came from. */
public record ExchangeRate(YearMonth month, BigDecimal eurToSek, String source) {
}
