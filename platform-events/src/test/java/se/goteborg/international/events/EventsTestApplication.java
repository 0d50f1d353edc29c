package se.goteborg.international.events;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare application for testing the event backbone on its own. */
@SpringBootApplication
public class EventsTestApplication {
}
