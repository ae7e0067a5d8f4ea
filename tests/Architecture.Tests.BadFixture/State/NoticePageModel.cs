using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>A Razor page model keeping a notice in TempData, through the attribute and through the property.</summary>
public sealed class NoticePageModel : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public void OnGet() => TempData.Keep();
}
