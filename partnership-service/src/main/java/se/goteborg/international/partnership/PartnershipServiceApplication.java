package se.goteborg.international.partnership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Twin cities (vänorter), partner cities (partnerstäder) and network memberships. */
@SpringBootApplication
public class PartnershipServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipServiceApplication.class, args);
    }
}
