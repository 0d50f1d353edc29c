-- One database per service (names as in se.goteborg.international.launcher.PlatformApps; the
-- docker-compose consistency test checks they match). Runs once, when the postgres volume is new.
CREATE DATABASE partnership;
CREATE DATABASE project;
CREATE DATABASE monitoring;
CREATE DATABASE reporting;
