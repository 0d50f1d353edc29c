-- The trace context of the request that wrote the event (W3C traceparent etc.), copied onto the
-- Kafka record by the relay so the consumer's work joins the same trace.
alter table platform.outbox_event add column trace_headers text;
