using PartyScoring.Infrastructure;
using PartyScoring.Web.Exports;
using PartyScoring.Web.Infrastructure;

LoggingSetup.UseBootstrapLogger();
var builder = WebApplication.CreateBuilder(args);
if (BackupCommand.IsBackup(args))
    return BackupCommand.Run(args, builder.Configuration, builder.Environment.ContentRootPath);

builder.AddPartyScoringLogging();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPartyScoringSecurity(builder.Configuration);
builder.Services.AddPartyScoringMvc();
builder.Services.AddPartyScoringExports(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();
if (SetupCommand.IsSetup(args))
    return await SetupCommand.RunAsync(app, args, Console.Out);

await app.InitializeDatabaseAsync();
app.UsePartyScoringPipeline();
app.MapPartyScoringEndpoints();

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the HTTP tests.</summary>
public partial class Program;
