/**
 * The AuthStorage contract: tokens found by hash and revoked once, the audit log paged newest first and
 * filtered, failed sign-ins counted per client and window. A backend's test file calls
 * `describeAuthStorage(name, makeStorage)`.
 * @module
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { NewApiToken } from "../../shared/storage/auth-storage";
import type { Storage } from "../../shared/storage/storage";
import { uniqueId } from "./storage-fixtures";

const newToken = (overrides: Partial<NewApiToken> = {}): NewApiToken => ({
  id: uniqueId("token"),
  name: uniqueId("ci"),
  hash: uniqueId("hash"),
  role: "launcher",
  locationRoles: { example: "editor" },
  createdBy: "admin-token",
  createdAt: 1000,
  expiresAt: 5000,
  ...overrides,
});

export function describeAuthStorage(name: string, makeStorage: () => Promise<Storage>): void {
  describe(`${name}: AuthStorage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await makeStorage();
    });

    it("stores a token and finds it by its hash only", async () => {
      const token = newToken();
      expect(await storage.auth.addToken(token)).toEqual({ ...token, lastUsedAt: null, revokedAt: null });
      expect(await storage.auth.getTokenByHash(token.hash)).toEqual({
        ...token,
        lastUsedAt: null,
        revokedAt: null,
      });
      expect(await storage.auth.getTokenByHash(uniqueId("hash"))).toBeNull();
    });

    it("refuses a second token with the same hash", async () => {
      const token = newToken();
      await storage.auth.addToken(token);
      await expect(storage.auth.addToken(newToken({ hash: token.hash }))).rejects.toMatchObject({
        code: "STORAGE_ERROR",
      });
    });

    it("records last use and revokes once, keeping the first revocation time", async () => {
      const token = newToken({ role: null, locationRoles: {}, expiresAt: null });
      await storage.auth.addToken(token);
      await storage.auth.markTokenUsed(token.id, 1500);
      expect(await storage.auth.revokeToken(token.id, 2000)).toMatchObject({
        lastUsedAt: 1500,
        revokedAt: 2000,
      });
      expect(await storage.auth.revokeToken(token.id, 3000)).toMatchObject({ revokedAt: 2000 });
      expect(await storage.auth.revokeToken(uniqueId("token"), 3000)).toBeNull();
    });

    it("lists tokens newest first, revoked ones included", async () => {
      const older = newToken({ createdAt: 10_000_000 });
      const newer = newToken({ createdAt: 10_000_001 });
      await storage.auth.addToken(older);
      await storage.auth.addToken(newer);
      await storage.auth.revokeToken(older.id, 10_000_002);
      const ids = (await storage.auth.listTokens()).map((token) => token.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
      expect(ids.indexOf(newer.id)).toBeGreaterThanOrEqual(0);
    });

    it("pages the audit log newest first and filters by principal, action, outcome and location", async () => {
      const principal = uniqueId("someone");
      for (let index = 0; index < 5; index++) {
        await storage.auth.addAuditEntry({
          timestamp: 100 + index,
          principal,
          action: index % 2 === 0 ? "launch_run" : "delete_run",
          target: `runId=r${index}`,
          locationName: index < 4 ? "example" : null,
          allowed: index !== 3,
          reason: index === 3 ? "delete_run needs the editor role" : null,
        });
      }
      const firstPage = await storage.auth.getAuditEntries({ principal }, { limit: 2 });
      expect(firstPage.map((entry) => entry.target)).toEqual(["runId=r4", "runId=r3"]);
      const secondPage = await storage.auth.getAuditEntries(
        { principal },
        { limit: 2, cursor: firstPage[1]?.id },
      );
      expect(secondPage.map((entry) => entry.target)).toEqual(["runId=r2", "runId=r1"]);
      expect(
        (await storage.auth.getAuditEntries({ principal, action: "launch_run" }, { limit: 10 })).map(
          (entry) => entry.target,
        ),
      ).toEqual(["runId=r4", "runId=r2", "runId=r0"]);
      const refused = await storage.auth.getAuditEntries({ principal, allowed: false }, { limit: 10 });
      expect(refused).toEqual([
        expect.objectContaining({
          target: "runId=r3",
          allowed: false,
          reason: "delete_run needs the editor role",
          locationName: "example",
          timestamp: 103,
        }),
      ]);
      expect(
        await storage.auth.getAuditEntries({ principal, locationName: "example" }, { limit: 10 }),
      ).toHaveLength(4);
    });

    it("counts failed sign-ins per client in the current window, forgetting older windows", async () => {
      const client = uniqueId("203.0.113.");
      expect(await storage.auth.getAuthFailures(client, 60)).toBe(0);
      expect(await storage.auth.addAuthFailure(client, 60)).toBe(1);
      expect(await storage.auth.addAuthFailure(client, 60)).toBe(2);
      expect(await storage.auth.getAuthFailures(uniqueId("198.51.100."), 60)).toBe(0);
      expect(await storage.auth.addAuthFailure(client, 120)).toBe(1);
      expect(await storage.auth.getAuthFailures(client, 60)).toBe(0);
    });
  });
}
