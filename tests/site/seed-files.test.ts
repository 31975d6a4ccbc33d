import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findSeeds, readSeeds } from "../../scripts/stages/seed-files.ts";

const story = "A Story Inside\n\nIts one paragraph.\n";
let seeds: string;
/** Each seed's bytes as text, or why it was not read, by its path below the folder. */
let read: Map<string, string>;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), "broadsheet-seed-files-"));
  seeds = join(parent, "seeds");
  // A sibling whose name starts with the seeds folder's: inside by a bare prefix match, outside in truth.
  await mkdir(join(parent, "seeds-private"), { recursive: true });
  await writeFile(join(parent, "seeds-private", "secret.txt"), "Not A Seed\n\nA private file beside the seeds folder.\n");
  await writeFile(join(parent, "config"), "[core]\n\trepositoryformatversion = 0\n");
  await mkdir(join(seeds, "sub"), { recursive: true });
  await writeFile(join(seeds, "inside.txt"), story);
  await symlink("../inside.txt", join(seeds, "sub", "link-inside.txt"));
  await symlink("/etc/passwd", join(seeds, "passwd.txt"));
  await symlink("../config", join(seeds, "gitconfig.txt"));
  await symlink("../seeds-private/secret.txt", join(seeds, "sibling.txt"));
  await symlink("/dev/zero", join(seeds, "zero.txt"));
  execFileSync("mkfifo", [join(seeds, "pipe.txt")]);
  await symlink("pipe.txt", join(seeds, "link-to-pipe.txt"));
  read = new Map(
    (await readSeeds(seeds, await findSeeds(seeds))).map(({ relativePath, bytes }) => [
      relativePath,
      bytes instanceof Uint8Array ? new TextDecoder().decode(bytes) : bytes.unreadable,
    ]),
  );
});

describe("reading the seeds folder", () => {
  it("lists every *.txt that is not a folder: files, links and pipes alike", () => {
    expect([...read.keys()]).toEqual([
      "gitconfig.txt",
      "inside.txt",
      "link-to-pipe.txt",
      "passwd.txt",
      "pipe.txt",
      "sibling.txt",
      "sub/link-inside.txt",
      "zero.txt",
    ]);
  });

  it("reads a regular file inside the folder, through a link inside it too", () => {
    expect(read.get("inside.txt")).toBe(story);
    expect(read.get("sub/link-inside.txt")).toBe(story);
  });

  it("never reads a link that leads outside the folder, even to a sibling whose name starts with its name", () => {
    const outside = "it is a symbolic link that leads outside the seeds folder; seeds are read only from inside it";
    expect(read.get("passwd.txt")).toBe(outside);
    expect(read.get("gitconfig.txt")).toBe(outside);
    expect(read.get("sibling.txt")).toBe(outside);
    expect(read.get("zero.txt")).toBe(outside);
  });

  it("refuses a pipe, directly or through a link, without waiting for a writer", () => {
    const notAFile = "it is not a regular file (a device, a pipe or a socket); seeds must be plain-text files";
    expect(read.get("pipe.txt")).toBe(notAFile);
    expect(read.get("link-to-pipe.txt")).toBe(notAFile);
  });
});
