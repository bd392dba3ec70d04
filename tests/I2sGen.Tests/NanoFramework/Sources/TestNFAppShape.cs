// The two methods of nanoframework/metadata-processor MetadataProcessor.Tests/TestNFApp/OneClassOverAll.cs@4541b46
// that NativeMethodsCrcTests.CrcWithMethodDefinitionTest drives: DummyMethod (IL body) and DummyExternMethod
// (extern, no attributes, hence the CS0626 the original also suppresses).
namespace TestNFApp
{
    public class OneClassOverAll
    {
        public void DummyMethod()
        {
        }

#pragma warning disable CS0626
        public extern void DummyExternMethod();
#pragma warning restore CS0626
    }
}
