CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`role` text,
	`location_roles` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` real NOT NULL,
	`expires_at` real,
	`last_used_at` real,
	`revoked_at` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_idx` ON `api_tokens` (`hash`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`timestamp` real NOT NULL,
	`principal` text NOT NULL,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`location_name` text,
	`allowed` integer NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_principal_idx` ON `audit_log` (`principal`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`id`);--> statement-breakpoint
CREATE TABLE `auth_failures` (
	`client_key` text NOT NULL,
	`window_start` real NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`client_key`, `window_start`)
);
