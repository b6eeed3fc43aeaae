CREATE TABLE `compute_log_chunks` (
	`log_key` text NOT NULL,
	`stream` text NOT NULL,
	`byte_offset` integer NOT NULL,
	`byte_length` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`log_key`, `stream`, `byte_offset`)
);
--> statement-breakpoint
CREATE TABLE `compute_log_completions` (
	`log_key` text PRIMARY KEY NOT NULL,
	`complete_time` real NOT NULL
);
