CREATE TABLE `code_locations` (
	`name` text PRIMARY KEY NOT NULL,
	`snapshot` text,
	`load_error` text,
	`update_time` real NOT NULL,
	`version_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daemon_heartbeats` (
	`daemon_type` text PRIMARY KEY NOT NULL,
	`daemon_id` text NOT NULL,
	`timestamp` real NOT NULL,
	`errors` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`event_type` text,
	`timestamp` integer NOT NULL,
	`level` text NOT NULL,
	`message` text NOT NULL,
	`step_key` text,
	`data` text
);
--> statement-breakpoint
CREATE INDEX `event_logs_run_id_idx` ON `event_logs` (`run_id`,`id`);--> statement-breakpoint
CREATE INDEX `event_logs_event_type_idx` ON `event_logs` (`event_type`,`id`);--> statement-breakpoint
CREATE TABLE `instigators` (
	`selector_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`location_name` text NOT NULL,
	`repository_name` text NOT NULL,
	`data` text NOT NULL,
	`update_time` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `instigators_location_idx` ON `instigators` (`location_name`,`repository_name`,`type`);--> statement-breakpoint
CREATE TABLE `kvs` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `run_tags` (
	`run_id` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`run_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `run_tags_key_value_idx` ON `run_tags` (`key`,`value`,`run_id`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`job_name` text NOT NULL,
	`location_name` text NOT NULL,
	`repository_name` text NOT NULL,
	`status` text NOT NULL,
	`run_config` text NOT NULL,
	`tags` text NOT NULL,
	`op_selection` text,
	`step_keys_to_execute` text,
	`root_run_id` text,
	`parent_run_id` text,
	`snapshot_id` text,
	`create_time` real NOT NULL,
	`update_time` real NOT NULL,
	`start_time` real,
	`end_time` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runs_run_id_idx` ON `runs` (`run_id`);--> statement-breakpoint
CREATE INDEX `runs_status_idx` ON `runs` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `runs_job_name_idx` ON `runs` (`job_name`,`id`);--> statement-breakpoint
CREATE INDEX `runs_location_name_idx` ON `runs` (`location_name`,`id`);--> statement-breakpoint
CREATE INDEX `runs_snapshot_id_idx` ON `runs` (`snapshot_id`);--> statement-breakpoint
CREATE INDEX `runs_root_run_id_idx` ON `runs` (`root_run_id`);--> statement-breakpoint
CREATE INDEX `runs_create_time_idx` ON `runs` (`create_time`);--> statement-breakpoint
CREATE INDEX `runs_update_time_idx` ON `runs` (`update_time`);--> statement-breakpoint
CREATE TABLE `ticks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`selector_id` text NOT NULL,
	`instigator_name` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`timestamp` real NOT NULL,
	`end_timestamp` real,
	`run_ids` text NOT NULL,
	`run_keys` text NOT NULL,
	`error` text,
	`skip_reason` text,
	`cursor` text,
	`failure_count` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ticks_selector_timestamp_idx` ON `ticks` (`selector_id`,`timestamp`);