using Microsoft.AspNetCore.Mvc;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Carries a value to the next request through TempData.</summary>
public sealed class TempDataController : Controller
{
    public IActionResult Index()
    {
        TempData["notice"] = "saved";
        return Ok();
    }
}
