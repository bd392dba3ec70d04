using System.Reflection;

// The native version the firmware's CLR_RT_NativeAssemblyData carries for this assembly (metadata processor:
// "Missing AssemblyNativeVersionAttribute" without it). Change it only together with the method list.
[assembly: AssemblyNativeVersion("1.0.0.0")]
