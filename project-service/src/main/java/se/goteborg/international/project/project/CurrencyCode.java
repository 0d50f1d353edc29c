package se.goteborg.international.project.project;

/** The currencies project money is kept in. */
public enum CurrencyCode {
    EUR, SEK
}
