import { engineSection } from "./engine";

// One entry per section, run in order; other sections (reader, check, report, bundle size) are appended here.
const SECTIONS: { name: string; run: () => Promise<string[]> }[] = [
  { name: "Mesin hitung", run: engineSection },
];

async function main(): Promise<void> {
  for (const section of SECTIONS) {
    console.log(`== ${section.name} ==`);
    for (const line of await section.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
