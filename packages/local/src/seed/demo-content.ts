/**
 * The demo workspace's content: placeholder until the workflow and knowledge-base groups
 * land (it then creates a sample workflow and a knowledge base through the HTTP API).
 */
export async function seedDemoContent(_baseUrl: string, _apiKey: string): Promise<void> {}
