DROP INDEX "event_logs_level_timestamp_idx";--> statement-breakpoint
DROP INDEX "runs_end_time_idx";