// One submission per form: a second click (a double click, or Enter pressed again) while the first post is on its way
// would apply it twice, and Portal keeps no state that could tell the two apart (an address added twice, two data
// exports). The first submission goes; later ones are dropped until the browser shows the page afresh (the back button
// brings a page back from its cache as it was left), or until a while has passed: a post the reader stopped (Esc, the
// stop button) must not leave the form dead.
(function () {
    "use strict";
    var submitButtons = "button[type=submit], button:not([type]), input[type=submit]";
    var lockMs = 10000;

    function unlock(form) {
        form.removeAttribute("data-submitting");
        Array.prototype.forEach.call(form.querySelectorAll(submitButtons), function (button) {
            button.removeAttribute("aria-disabled");
        });
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (event.defaultPrevented || !(form instanceof HTMLFormElement) || (form.getAttribute("method") || "get").toLowerCase() !== "post") {
            return;
        }
        if (form.hasAttribute("data-submitting")) {
            event.preventDefault();
            return;
        }
        form.setAttribute("data-submitting", "");
        Array.prototype.forEach.call(form.querySelectorAll(submitButtons), function (button) {
            button.setAttribute("aria-disabled", "true");
        });
        window.setTimeout(function () { unlock(form); }, lockMs);
    });

    window.addEventListener("pageshow", function () {
        Array.prototype.forEach.call(document.querySelectorAll("form[data-submitting]"), unlock);
    });
})();
