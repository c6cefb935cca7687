using Valkey.Cdktf.App.Configuration;
using Valkey.Cdktf.App.Stacks;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>Environments to vary, and synthesis of one environment's stack to JSON (the app's tests).</summary>
internal static class StackFixtures
{
    public static EnvironmentConfig Environment(ValkeyCacheProps? cache = null, StateBackend? backend = null, string name = "test") =>
        new(name, "us-east-1", backend ?? LocalStateBackend.Default(name), cache ?? CacheFixtures.RequiredOnly());

    /// <summary>The stack's Terraform JSON as CDKTF's Testing.Synth gives it (without metadata).</summary>
    public static TerraformJson Synth(EnvironmentConfig environment)
    {
        var app = Testing.App();
        var stack = new ValkeyStack(app, environment);
        return new TerraformJson(Testing.Synth(stack));
    }

    public static TerraformJson Synth(ValkeyCacheProps cache) => Synth(Environment(cache));
}
