// What Kestrel alone serves on this machine, beside the portal's figures in bench/run.sh: routing and a fixed
// 13-byte answer, no middleware, logging at Warning as the portal runs there.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/", () => "Hello, world!");
app.Run();
