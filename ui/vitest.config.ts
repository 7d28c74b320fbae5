import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// UI tests run in jsdom against a mock of src/ipc (see src/test/ipc-mock.ts).
export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ["browser"] },
  test: {
    environment: "jsdom",
    // Lets @testing-library clean the DOM between tests.
    globals: true,
    include: ["src/**/*.test.ts"],
  },
});
