import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

// Uncaught errors are kept on the window as well as logged, so an end-to-end test (which
// cannot read WebKit's console) can report what went wrong.
const errors: string[] = [];
(window as unknown as { __jobcoachErrors: string[] }).__jobcoachErrors = errors;
window.addEventListener("error", (e) => errors.push(String(e.message)));
window.addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));

const app = mount(App, { target: document.getElementById("app")! });

export default app;
