namespace Valkey.Cdktf.App.Synthesis;

/// <summary>What a synthesis did to stack folders whose environment is gone.</summary>
/// <param name="Kept">Folders kept because they hold more than synthesis wrote (state, <c>.terraform/</c>, other files).</param>
/// <param name="Removed">Folders removed: they held only the synthesis of a stack the previous manifest listed.</param>
internal sealed record PublishResult(IReadOnlyList<KeptStack> Kept, IReadOnlyList<string> Removed);
