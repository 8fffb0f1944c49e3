// Buttons marked data-print open the browser's print dialog (inline handlers are barred by the CSP).
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
