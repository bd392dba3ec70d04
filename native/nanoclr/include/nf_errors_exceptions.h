// Stand-in for nf-interpreter's src/CLR/Include/nf_errors_exceptions.h (and MAKE_HRESULT of nanoCLR_PlatformDef.h) (nanoframework/nf-interpreter@a3e8139a1ba778e33ca81b023099765eada6c456).
// Declares, with the same names, types, values and signatures, only what I2sGen's generated nanoCLR glue and the
// host shim use, so the glue compiles and runs on a PC; native/nanoclr/shim implements the out-of-line members.
#ifndef NF_ERRORS_EXCEPTIONS_H
#define NF_ERRORS_EXCEPTIONS_H

typedef int HRESULT;

#define SEVERITY_ERROR 1

// nanoCLR_PlatformDef.h:228-231
#ifndef MAKE_HRESULT
#define MAKE_HRESULT(sev, fac, code)                                                                                   \
    ((HRESULT)(((unsigned long)(sev) << 31) | ((unsigned long)(fac) << 16) | ((unsigned long)(code))))
#endif

#define SUCCEEDED(Status) ((HRESULT)(Status) >= 0)
#define FAILED(Status)    ((HRESULT)(Status) < 0)
#define S_OK              ((HRESULT)0x00000000L)

#define CLR_E_NULL_REFERENCE MAKE_HRESULT(SEVERITY_ERROR, 0x2100, 0x0000)
#define CLR_E_WRONG_TYPE     MAKE_HRESULT(SEVERITY_ERROR, 0x2200, 0x0000)
#define CLR_E_OUT_OF_RANGE   MAKE_HRESULT(SEVERITY_ERROR, 0x2500, 0x0000)
#define CLR_E_ARGUMENT_NULL  MAKE_HRESULT(SEVERITY_ERROR, 0x4e00, 0x0000)

#endif // NF_ERRORS_EXCEPTIONS_H
