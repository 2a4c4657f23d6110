// Writes data/schema/*.schema.json from the zod schemas. Run: npm run schemas.
import { writeFileSync } from "node:fs";
import { generatedSchemas } from "./schemas.js";

for (const [name, text] of Object.entries(generatedSchemas())) {
  writeFileSync(`data/schema/${name}`, text);
  console.log(`wrote data/schema/${name}`);
}
