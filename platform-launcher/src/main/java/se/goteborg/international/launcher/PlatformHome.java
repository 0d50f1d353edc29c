package se.goteborg.international.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: where the apps' modules, their jars and docker-compose.yml live. */
public final class PlatformHome {

    private PlatformHome() {
    }

    /**
     * The system property {@code platform.home}, else the environment variable {@code PLATFORM_HOME}
     * (bin/run sets it), else the nearest directory from the working directory upwards that holds
     * {@code platform-launcher/pom.xml}.
     */
    public static Path locate() {
        String configured = System.getProperty("platform.home");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("PLATFORM_HOME");
        }
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured).toAbsolutePath().normalize();
            if (!isHome(home)) {
                throw new IllegalStateException("platform.home/PLATFORM_HOME is " + home
                        + ", which does not hold platform-launcher/pom.xml");
            }
            return home;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isHome(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the platform's repository root from " + Path.of("").toAbsolutePath()
                + ": run from inside the repository, or set PLATFORM_HOME");
    }

    private static boolean isHome(Path dir) {
        return Files.isRegularFile(dir.resolve("platform-launcher").resolve("pom.xml"));
    }
}
