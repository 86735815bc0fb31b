import { expect, it } from "vitest";
import type { TestServer } from "../helpers/local.js";

/** Files: upload and download (reference §2.6). */
export function filesContract(harness: () => TestServer) {
  it("uploads a file and downloads its bytes", async () => {
    const { client } = await harness().workspace();
    const { data: file } = await client.POST("/v1/file", {
      body: { file: new File(["hello, file"], "hello.txt", { type: "text/plain" }) },
    });
    expect(file).toMatchObject({ filename: "hello.txt", size: 11, source_type: "Document" });
    expect(file.uri).toBe(`spot://${file.id}/hello.txt`);
    const { data } = await client.GET("/v1/file/{file_id}", {
      params: { path: { file_id: file.id } },
      parseAs: "arrayBuffer",
    });
    expect(new TextDecoder().decode(data)).toBe("hello, file");
  });
}
