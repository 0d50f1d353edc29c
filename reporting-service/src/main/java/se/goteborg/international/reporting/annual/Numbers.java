package se.goteborg.international.reporting.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** How the annual report writes amounts: Swedish style, "6 858 000,00" (a plain space groups thousands). */
public final class Numbers {

    private Numbers() {
    }

    public static String sek(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }
}
