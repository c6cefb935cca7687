using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>
/// A token ElastiCache would refuse at apply (a JSON secret) stops the plan, with the stack's precondition's message:
/// the stack read from a secret in the emulator by the real provider.
/// </summary>
[Collection("deploy")]
public sealed class TokenPreconditionTests(DeployFixture fixture)
{
    [Theory]
    [InlineData("{\"token\":\"abcdefghijklmnopqrstuvwxyz0123\"}", false)]
    [InlineData("RehearsalTokenNotASecret00000000", true)]
    public void The_plan_refuses_a_token_ElastiCache_would_refuse(string secret, bool plans)
    {
        using var scratch = new TempDir();
        var environment = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject();
        environment["variables"]!["transit_encryption_enabled"] = true;
        environment["variables"]!["auth_token_secret_id"] = "valkey/hml/auth-token";
        var file = Path.Combine(scratch.Path, "hml.json");
        File.WriteAllText(file, environment.ToJsonString());
        var config = EnvironmentFile.Read(file).Single();
        var seed = EmulatorSeed.For([config]);
        seed["secrets"]![0]!["value"] = secret;
        File.WriteAllText(Path.Combine(scratch.Path, "seed.json"), seed.ToJsonString());

        var (emulator, noEmulator) = EmulatorServer.Start(Path.Combine(scratch.Path, "seed.json"));
        Assert.True(emulator is not null, noEmulator);
        using (emulator)
        {
            var (session, problem) = RehearsalSession.Start(Path.Combine(scratch.Path, "terraform"),
                _ => new Dictionary<string, string> { [EmulatorOverride.EndpointVariable] = emulator!.Endpoint });
            Assert.True(session is not null, problem);
            using (session)
            {
                var project = ScratchProject.Create(Path.Combine(scratch.Path, "project"), file, fixture.SynthLock);
                Assert.Null(project.Synth());
                File.WriteAllText(Path.Combine(project.StackFolder, EmulatorOverride.FileName),
                    EmulatorOverride.ForStack(project.Stack(), emulator!.Endpoint, session!.Provider.Version).ToJsonString());
                var terraform = StackRehearsal.Existing(session, project.StackFolder);
                Assert.True(terraform.Init().Succeeded);

                var plan = terraform.Plan(live: true);

                Assert.True(plan.Succeeded == plans, plan.Diagnostics);
                if (!plans)
                {
                    var said = System.Text.RegularExpressions.Regex.Replace(plan.Diagnostics, @"\s+", " "); // Terraform wraps its lines
                    Assert.Contains("Resource precondition failed", said, StringComparison.Ordinal);
                    Assert.Contains("is not one ElastiCache accepts", said, StringComparison.Ordinal);
                    Assert.DoesNotContain("abcdefghijklmnop", plan.Diagnostics, StringComparison.Ordinal); // the secret stays out of the message
                }
            }
        }
    }
}
