import { createRoot } from "react-dom/client";
import { DemoApp } from "./DemoApp";

const container = document.getElementById("demo");
if (container === null) throw new Error("index.html has no #demo element");
createRoot(container).render(<DemoApp />);
