// Times in the reader's own time zone. The server writes every instant as <time datetime="…Z" data-local="datetime">
// in UTC; this rewrites the text in the browser's zone, in the page's language, and keeps UTC in the title. Without
// script the UTC text stays, which is still right. Dates without a time (no data-local) are never touched.
(function () {
    "use strict";
    if (!window.Intl || !Intl.DateTimeFormat) {
        return;
    }
    var language = document.documentElement.lang || undefined;
    var format;
    try {
        format = new Intl.DateTimeFormat(language, {
            day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
        });
    } catch (e) {
        return;
    }

    function localise(root) {
        var times = (root || document).querySelectorAll('time[data-local="datetime"]');
        Array.prototype.forEach.call(times, function (time) {
            var instant = new Date(time.getAttribute("datetime"));
            if (isNaN(instant.getTime())) {
                return;
            }
            if (!time.title) {
                time.title = time.textContent;
            }
            time.textContent = format.format(instant);
            time.setAttribute("data-local", "done");
        });
    }

    window.portalLocalTime = localise;
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () { localise(document); });
    } else {
        localise(document);
    }
})();
