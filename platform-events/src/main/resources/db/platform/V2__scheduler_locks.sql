-- ShedLock's table: a scheduled job runs on one instance at a time across the service's instances.
create table platform.shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
