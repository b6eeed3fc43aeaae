ALTER TABLE `event_logs` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `event_logs_idempotency_key_idx` ON `event_logs` (`idempotency_key`);