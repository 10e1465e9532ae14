/*
 * The python provider of probes/python.d in the dialect of the `usdt`
 * crate's D parser (exact-width integers, `char *`), used where DTrace
 * exists (macOS, illumos, FreeBSD). Same probes, same order, same
 * argument widths: const char * -> char *, int -> int32_t,
 * long -> int64_t, void * -> uint64_t (the address). tests/probes.rs
 * checks that it matches probes/python.d.
 */
provider python {
    probe function__entry(char *, char *, int32_t, char *);
    probe function__return(char *, char *, int32_t, char *);
    probe line(char *, char *, int32_t);
    probe gc__start(int32_t);
    probe gc__done(int64_t);
    probe import__find__load__start(char *);
    probe import__find__load__done(char *, int32_t);
    probe audit(char *, uint64_t);
    probe cfunction__entry(char *, char *, int32_t, char *);
    probe cfunction__return(char *, char *, int32_t, char *);
};
