//! Argument parsing for native functions (CPython's Argument Clinic, in
//! miniature): positional-then-keyword binding with CPython's messages.

use crate::object::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// Binds the arguments of a native call to `names`.
pub struct ArgParser<'a> {
    pub fname: &'a str,
    /// Parameters that may only be passed by position (a prefix of names).
    pub posonly: usize,
    /// Parameters that are required.
    pub required: usize,
}

impl<'a> ArgParser<'a> {
    pub fn new(fname: &'a str) -> ArgParser<'a> {
        ArgParser {
            fname,
            posonly: 0,
            required: 0,
        }
    }

    pub fn posonly(mut self, n: usize) -> Self {
        self.posonly = n;
        self
    }

    pub fn required(mut self, n: usize) -> Self {
        self.required = n;
        self
    }

    pub fn parse<const N: usize>(
        &self,
        vm: &mut Vm,
        args: Args,
        names: [&str; N],
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = args.positional();
        if pos.len() > N {
            let f = self.fname;
            return Err(if N == 0 {
                vm.type_error(format!("{f}() takes no arguments ({} given)", pos.len()))
            } else if self.required == N {
                vm.type_error(format!(
                    "{f}() takes exactly {N} argument{} ({} given)",
                    if N == 1 { "" } else { "s" },
                    pos.len()
                ))
            } else {
                vm.type_error(format!(
                    "{f}() takes at most {N} argument{} ({} given)",
                    if N == 1 { "" } else { "s" },
                    pos.len()
                ))
            });
        }
        let nkw = args.keywords().count();
        if nkw > 0 && pos.len() + nkw > N {
            // Counted with the keywords, as Argument Clinic does ("keyword"
            // when all were given by name).
            return Err(vm.type_error(format!(
                "{}() takes at most {N} {}argument{} ({} given)",
                self.fname,
                if pos.is_empty() { "keyword " } else { "" },
                if N == 1 { "" } else { "s" },
                pos.len() + nkw
            )));
        }
        let minpos = self.posonly.min(self.required);
        if pos.len() < minpos {
            return Err(vm.type_error(format!(
                "{}() takes {} {minpos} positional argument{} ({} given)",
                self.fname,
                if minpos < N { "at least" } else { "exactly" },
                if minpos == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in args.keywords() {
            match names.iter().position(|n| *n == k) {
                Some(i) if i >= self.posonly => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{k}') and position ({})",
                            self.fname,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for {}()",
                        self.fname
                    )));
                }
            }
        }
        for (i, o) in out.iter().enumerate().take(self.required) {
            if o.is_none() {
                let f = self.fname;
                if i < self.posonly || names[i].is_empty() {
                    let n = self.required;
                    return Err(vm.type_error(format!(
                        "{f}() takes {}{n} argument{} ({} given)",
                        if self.required == N {
                            "exactly "
                        } else {
                            "at least "
                        },
                        if n == 1 { "" } else { "s" },
                        pos.len()
                    )));
                }
                return Err(vm.type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

/// No keyword arguments allowed.
pub fn no_kwargs(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Exactly `n` positional arguments.
pub fn exact<'a>(vm: &mut Vm, fname: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, fname, args)?;
    let pos = args.positional();
    if pos.len() != n {
        return Err(match n {
            0 => vm.type_error(format!(
                "{fname}() takes no arguments ({} given)",
                pos.len()
            )),
            1 => vm.type_error(format!(
                "{fname}() takes exactly one argument ({} given)",
                pos.len()
            )),
            _ => vm.type_error(format!("{fname} expected {n} arguments, got {}", pos.len())),
        });
    }
    Ok(pos)
}

/// Between `min` and `max` positional arguments.
pub fn range<'a>(
    vm: &mut Vm,
    fname: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, fname, args)?;
    let pos = args.positional();
    if pos.len() < min {
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!(
            "{fname} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

/// A built-in type's `__new__` needs the class as its first positional
/// argument (CPython's `tp_new_wrapper`).
pub fn need_cls(vm: &mut Vm, tname: &str, args: &Args) -> PyResult<()> {
    if args.positional().is_empty() {
        return Err(vm.type_error(format!("{tname}.__new__(): not enough arguments")));
    }
    Ok(())
}
