package se.goteborg.international.events.envelope;

/**
 * Who caused an event: a user or client id (the token's subject) and their unit, or the service
 * itself for work no request caused (demo data, scheduled jobs, listeners). Travels as the
 * CloudEvents extension attributes {@code actor} and {@code actorunit}.
 *
 * @param id   user name, client id, or the application's name
 * @param unit the user's unit; null for clients and the system
 */
public record EventActor(String id, String unit) {
}
