// Starts the decision aid. A file rather than an inline script, so that the
// pages' Content-Security-Policy can forbid inline scripts altogether.
import init from "./decision_aid.js";
init();
