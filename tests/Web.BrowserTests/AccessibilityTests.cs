using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.Web.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.BrowserTests;

/// <summary>
/// Every page state of the tour (Infrastructure/PageTour) in Chromium: no WCAG 2.0/2.1 A or AA violation axe-core can
/// find, at a desktop and a phone width; nothing wider than a phone; a keyboard focus that can be seen. And axe is
/// shown to report what it finds, so a pass means something.
/// </summary>
[Collection(PortalStackCollection.Name)]
public sealed class AccessibilityTests(PortalStackFixture stack)
{
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 375;
    private const int ViewportHeight = 900;

    // The elements that stick out past the right edge of the viewport, not counting those inside a container that
    // scrolls or clips them (a wide table in its own scrolling region): what makes a page scroll sideways.
    private const string OverflowingElementsScript = """
        () => {
            const width = document.documentElement.clientWidth;
            const clipped = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            return [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width && !clipped(e))
                .slice(0, 10)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
        }
        """;

    public static TheoryData<string> PageStates { get; } = new(PageTour.States.Select(state => state.Name));

    /// <summary>
    /// Each state is reached once, checked at the desktop width, then narrowed to a phone's and checked again: the
    /// markup is the same, the layout (media queries, wrapping, scrolling tables) is what changes.
    /// </summary>
    [Theory]
    [MemberData(nameof(PageStates))]
    public async Task Page_has_no_axe_violations_at_desktop_and_phone_widths_and_no_sideways_scroll_on_a_phone(string state)
    {
        var page = await OpenAsync(PageTour.Named(state), DesktopWidth);
        try
        {
            var failures = Describe(state, DesktopWidth, await Axe.RunAsync(page)).ToList();

            await page.SetViewportSizeAsync(PhoneWidth, ViewportHeight);
            failures.AddRange(Describe(state, PhoneWidth, await Axe.RunAsync(page)));
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                var overflowing = await page.EvaluateAsync<string[]>(OverflowingElementsScript);
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{state} at {PhoneWidth}px scrolls sideways: {widths[0]}px wide in a {widths[1]}px viewport; sticking out: {string.Join(", ", overflowing)}"));
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Keyboard_focus_on_the_login_form_is_outlined_by_the_focus_visible_rule()
    {
        var page = await OpenAsync(PageTour.Named("login"), DesktopWidth);
        try
        {
            var email = page.GetByLabel("Email address");
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

            await TabToAsync(page, email);
            await AssertFocusRingAsync(email, "the email field");
            await TabToAsync(page, submit);
            await AssertFocusRingAsync(submit, "the sign-in button");

            var blurred = await FocusStyleAsync(email);
            Assert.True(blurred.OutlineStyle == "none" && blurred.BoxShadow == "none", $"The email field is outlined without focus: {blurred}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Axe_reports_a_violation_with_its_rule_and_element()
    {
        var page = await stack.NewPageAsync();
        try
        {
            await page.SetContentAsync("<img src=x>");

            var violations = await Axe.RunAsync(page);

            var missingAlt = Assert.Single(violations, violation => violation.Id == "image-alt");
            Assert.Equal(["img"], missingAlt.Targets);
            Assert.Contains("bare image at 1280px: image-alt (Images must have alternative text): img", Describe("bare image", DesktopWidth, violations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(PageState state, int width)
    {
        var page = await stack.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = ViewportHeight },
            StorageState = !state.SignedIn ? null : state.AsSam ? await stack.SamStorageStateAsync() : await stack.DanaStorageStateAsync(),
            BaseURL = state.PlatformDown ? (await stack.PlatformDownPortalUrlAsync()).ToString() : null,
        });
        try
        {
            await state.ReachAsync(page);
            return page;
        }
        catch
        {
            await page.Context.CloseAsync();
            throw;
        }
    }

    private static IEnumerable<string> Describe(string state, int width, IReadOnlyList<AxeViolation> violations) =>
        violations.Select(violation => string.Create(CultureInfo.InvariantCulture, $"{state} at {width}px: {violation}"));

    /// <summary>Presses Tab until the element has the focus, as a keyboard user gets there (a few presses at most).</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 10 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
    }

    /// <summary>site.css draws keyboard focus as a 3px solid outline with a dark ring around it (:focus-visible).</summary>
    private static async Task AssertFocusRingAsync(ILocator focused, string what)
    {
        var style = await FocusStyleAsync(focused);
        Assert.True(
            style.OutlineStyle == "solid" && style.OutlineWidth == "3px" && style.BoxShadow != "none",
            $"Keyboard focus on {what} is not drawn by the :focus-visible rule: {style}");
    }

    private static async Task<FocusStyle> FocusStyleAsync(ILocator element)
    {
        var style = await element.EvaluateAsync<JsonElement>(
            "e => { const s = getComputedStyle(e); return { OutlineStyle: s.outlineStyle, OutlineWidth: s.outlineWidth, BoxShadow: s.boxShadow }; }");
        return style.Deserialize<FocusStyle>()!;
    }
}
