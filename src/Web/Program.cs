using Portal.Application;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplication();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
app.Run();
