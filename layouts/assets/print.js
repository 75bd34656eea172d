// The article's print button: shown only when JavaScript can run it (the print stylesheet works either way).
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
