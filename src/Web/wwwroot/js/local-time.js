// Times in the reader's time zone. The server writes every instant as <time datetime="…Z" data-local="datetime">, its
// text in the zone the reader chose in their profile (named on <html data-time-zone>) or else in UTC; this rewrites the
// text in that chosen zone, or without one in the browser's zone, in the page's language, and keeps the server's text as
// the title. Dates without a time (data-local="date") keep their calendar day and are only written in the same style.
// Without script the server's text stays, which is still right. live.js calls window.portalLocalTime.localise on rows it adds.
(function () {
    "use strict";
    if (!window.Intl || !Intl.DateTimeFormat) {
        return;
    }
    var language = document.documentElement.lang || undefined;
    var chosenZone = document.documentElement.getAttribute("data-time-zone") || undefined;
    var instantOptions = {
        day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    };
    var formats;
    try {
        formats = { date: new Intl.DateTimeFormat(language, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) };
    } catch (e) {
        return;
    }
    try {
        instantOptions.timeZone = chosenZone;
        formats.datetime = new Intl.DateTimeFormat(language, instantOptions);
    } catch (e) {
        // A zone this browser does not know: its own zone, as without a choice.
        delete instantOptions.timeZone;
        formats.datetime = new Intl.DateTimeFormat(language, instantOptions);
    }

    function localise(root) {
        var times = (root || document).querySelectorAll('time[data-local="datetime"], time[data-local="date"]');
        Array.prototype.forEach.call(times, function (time) {
            var kind = time.getAttribute("data-local");
            var value = time.getAttribute("datetime");
            // A date alone is read as that day at midnight UTC and written in UTC: the same day everywhere.
            var instant = new Date(kind === "date" ? value + "T00:00:00Z" : value);
            if (isNaN(instant.getTime())) {
                return;
            }
            if (kind === "datetime" && !time.title) {
                time.title = time.textContent;
            }
            time.textContent = formats[kind].format(instant);
            time.setAttribute("data-local", kind + "-done");
        });
    }

    window.portalLocalTime = { localise: localise };

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () { localise(document); });
    } else {
        localise(document);
    }
})();
