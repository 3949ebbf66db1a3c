import { readHeader } from "../src/core/detect/match";
it("x", () => {
  for (const h of ["Project Ref", "Outcome measure", "What will it do?", "What is desired outcome", "Actions needed to complete", "Finish by", "Item"])
    console.log(JSON.stringify(h), JSON.stringify(readHeader(h)));
});
