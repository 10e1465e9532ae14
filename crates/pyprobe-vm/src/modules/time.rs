//! The `time` module: clocks (time, perf_counter, monotonic,
//! process_time), sleep, and calendar time: `struct_time`, gmtime,
//! localtime, mktime, asctime, ctime, strftime, and the zone attributes
//! (timezone, altzone, daylight, tzname, tzset).
//! CPython counterpart: `Modules/timemodule.c`.
//!
//! Local time comes from `tzfile.rs` (the zone of `TZ` or
//! `/etc/localtime`), read when the module is made and again by
//! `tzset()`; strftime formats as glibc's does in the C locale.

use super::import::module_dict;
use super::tzfile::{days_from_civil, fields_at, is_leap, Fields, LocalType, Zone};
use crate::builtins::args::{exact, range};
use crate::object::Args;
use crate::object::Payload;
use crate::typeobj::dict_of;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyRef;
use crate::PyResult;
use std::cell::RefCell;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn make(vm: &mut Vm) -> PyResult<crate::PyRef> {
    let m = vm.new_module("time");
    let d = module_dict(&m);
    crate::builtins::add_functions(
        vm,
        &d,
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("perf_counter", time_perf_counter),
            ("perf_counter_ns", time_perf_counter_ns),
            ("monotonic", time_perf_counter),
            ("monotonic_ns", time_perf_counter_ns),
            ("process_time", time_process_time),
            ("get_clock_info", time_get_clock_info),
            ("sleep", time_sleep),
            ("gmtime", time_gmtime),
            ("localtime", time_localtime),
            ("mktime", time_mktime),
            ("asctime", time_asctime),
            ("ctime", time_ctime),
            ("strftime", time_strftime),
            ("tzset", time_tzset),
            ("strptime", time_strptime),
            ("__getattr__", time_getattr),
        ],
    );
    set_zone(vm, &d);
    Ok(m)
}

/// The module's `__getattr__` (PEP 562): `struct_time` is made on first
/// use, so that importing `time` compiles no Python source.
fn time_getattr(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "__getattr__", &args, 1)?;
    if a[0].as_str() == Some("struct_time") {
        return struct_time_class(vm);
    }
    let r = vm.repr_string(&a[0])?;
    Err(vm.new_error(
        "AttributeError",
        format!("module 'time' has no attribute {r}"),
    ))
}

/// `time.struct_time`, defined (once) from `STRUCT_TIME` and kept in the
/// module's namespace.
fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    if let Some(cls) = STRUCT_TIME_CLASS.with(|c| c.borrow().clone()) {
        return Ok(cls);
    }
    let ns = vm.new_dict();
    let nsd = dict_of(&ns);
    nsd.set_str(Value::str("__builtins__"), Value::Obj(vm.builtins.clone()));
    let code = vm.compile_source(STRUCT_TIME, "<time>", pyprobe_compiler::Mode::Exec, 0)?;
    vm.run_code(code, ns.clone(), None)?;
    let Some(cls) = nsd.get_str("struct_time") else {
        return Err(vm.runtime_error("time.struct_time is not available"));
    };
    if let Some(Value::Obj(m)) = vm.lookup_module("time") {
        dict_of(&module_dict(&m)).set_str(Value::str("struct_time"), cls.clone());
    }
    STRUCT_TIME_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    Ok(cls)
}

/// `time.struct_time`: a tuple of the nine fields with the names of
/// C's `struct tm`, and `tm_zone`/`tm_gmtoff` as attributes.
const STRUCT_TIME: &str = r#"
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")

class struct_time(tuple):
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details."
    __module__ = "time"
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        zone, gmtoff = items[9:] + (None,) * (11 - n)
        if dict is not None:
            zone = dict.get("tm_zone", zone)
            gmtoff = dict.get("tm_gmtoff", gmtoff)
        self.__dict__["tm_zone"] = zone
        self.__dict__["tm_gmtoff"] = gmtoff
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (f, v) for f, v in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self.tm_zone,
                                            "tm_gmtoff": self.tm_gmtoff}))

def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))

for _i, _f in enumerate(_FIELDS):
    setattr(struct_time, _f, _field(_i))
"#;

thread_local! {
    static STRUCT_TIME_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static ZONE: RefCell<Option<Zone>> = const { RefCell::new(None) };
}

/// The local type in effect at `t` (the zone read from the environment
/// on first use).
fn zone_at(t: i64) -> LocalType {
    ZONE.with(|z| z.borrow_mut().get_or_insert_with(Zone::from_env).at(t))
}

fn zone_to_utc(local: i64, isdst: i64) -> i64 {
    ZONE.with(|z| {
        z.borrow_mut()
            .get_or_insert_with(Zone::from_env)
            .to_utc(local, isdst)
    })
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Read the zone again and set `timezone`, `altzone`, `daylight` and
/// `tzname` as CPython does with glibc: from the local time of January
/// 1st and of half a year later in the current year.
fn set_zone(vm: &mut Vm, d: &PyRef) {
    ZONE.with(|z| *z.borrow_mut() = Some(Zone::from_env()));
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let jan_t = now_secs() / YEAR * YEAR;
    let jan = zone_at(jan_t);
    let july = zone_at(jan_t + YEAR / 2);
    let (jan_zone, july_zone) = (-jan.offset, -july.offset);
    let (timezone, altzone, std_name, dst_name) = if jan_zone < july_zone {
        (july_zone, jan_zone, july.abbr, jan.abbr)
    } else {
        (jan_zone, july_zone, jan.abbr, july.abbr)
    };
    let dd = dict_of(d);
    dd.set_str(Value::str("timezone"), Value::Int(timezone));
    dd.set_str(Value::str("altzone"), Value::Int(altzone));
    dd.set_str(
        Value::str("daylight"),
        Value::Int((jan_zone != july_zone) as i64),
    );
    let names = vm.new_tuple(vec![Value::str(std_name), Value::str(dst_name)]);
    dd.set_str(Value::str("tzname"), names);
}

fn time_tzset(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    exact(vm, "tzset", &args, 0)?;
    if let Some(Value::Obj(m)) = vm.lookup_module("time") {
        set_zone(vm, &module_dict(&m));
    } else {
        ZONE.with(|z| *z.borrow_mut() = Some(Zone::from_env()));
    }
    Ok(Value::None)
}

/// A timestamp argument as whole seconds (rounded toward minus infinity),
/// or now when it is None or left out: CPython's `_PyTime_ObjectToTime_t`.
fn seconds_arg(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<i64> {
    let a = range(vm, fname, args, 0, 1)?;
    let v = match a.first() {
        None | Some(Value::None) => return Ok(now_secs()),
        Some(v) => v.clone(),
    };
    if let Value::Float(x) = v {
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = x.floor();
        if !(-9.223372036854776e18..9.223372036854776e18).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    match vm.index(&v) {
        Err(e) if vm.err_is(&e, "IndexError") => {
            Err(vm.overflow_error("timestamp out of range for platform time_t"))
        }
        r => r,
    }
}

/// C's `struct tm` keeps the year in an int counted from 1900: a time
/// whose year does not fit is EOVERFLOW, as glibc reports it.
fn check_year(vm: &mut Vm, f: &Fields) -> PyResult<()> {
    if i32::try_from(f.year - 1900).is_err() {
        return Err(super::posix::errno_error(vm, 75, None, None));
    }
    Ok(())
}

fn struct_time(vm: &mut Vm, f: Fields) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    let items = vec![
        Value::Int(f.year),
        Value::Int(f.month),
        Value::Int(f.day),
        Value::Int(f.hour),
        Value::Int(f.minute),
        Value::Int(f.second),
        Value::Int(f.wday),
        Value::Int(f.yday),
        Value::Int(f.isdst),
        Value::str(f.zone),
        Value::Int(f.gmtoff),
    ];
    let t = vm.new_tuple(items);
    vm.call(&cls, &[t])
}

fn time_gmtime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let t = seconds_arg(vm, "gmtime", &args)?;
    let gmt = LocalType {
        offset: 0,
        isdst: false,
        abbr: "GMT".to_string(),
    };
    let f = fields_at(t, &gmt);
    check_year(vm, &f)?;
    struct_time(vm, f)
}

fn local_fields(vm: &mut Vm, t: i64) -> PyResult<Fields> {
    let f = fields_at(t, &zone_at(t));
    check_year(vm, &f)?;
    Ok(f)
}

fn time_localtime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let t = seconds_arg(vm, "localtime", &args)?;
    let f = local_fields(vm, t)?;
    struct_time(vm, f)
}

/// The fields of a time tuple in C's conventions (weekday from Sunday,
/// day of the year from 0), as `strftime`/`asctime` take them.
fn c_fields(mut f: Fields) -> Fields {
    f.wday = (f.wday + 1).rem_euclid(7);
    f.yday -= 1;
    f
}

/// A time tuple argument (CPython's `gettmarg`): a tuple of nine ints, or
/// a struct_time, whose zone and offset come along. The fields keep
/// Python's conventions.
fn time_tuple(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Fields> {
    let is_struct_time = STRUCT_TIME_CLASS.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|cls| cls.as_obj())
            .is_some_and(|cls| vm.class_of(v).is(cls))
    });
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(&items) {
        *slot = match item {
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            _ => match vm.index(item) {
                Ok(i) if i32::try_from(i).is_ok() => i,
                Ok(i) if i > 0 => {
                    return Err(vm.overflow_error("signed integer is greater than maximum"))
                }
                Ok(_) => return Err(vm.overflow_error("signed integer is less than minimum")),
                Err(e) if vm.err_is(&e, "IndexError") => {
                    return Err(vm.overflow_error("Python int too large to convert to C long"))
                }
                Err(e) => return Err(e),
            },
        };
    }
    let (mut zone, mut gmtoff) = (String::new(), 0);
    if is_struct_time {
        if let Ok(z) = vm.getattr_str(v, "tm_zone") {
            zone = z.as_str().unwrap_or_default().to_string();
        }
        if let Ok(g) = vm.getattr_str(v, "tm_gmtoff") {
            gmtoff = g.to_i64().unwrap_or(0);
        }
    }
    Ok(Fields {
        year: n[0],
        month: n[1],
        day: n[2],
        hour: n[3],
        minute: n[4],
        second: n[5],
        wday: n[6],
        yday: n[7],
        isdst: n[8],
        zone,
        gmtoff,
    })
}

/// CPython's `checktm`, after the adjustments strftime and asctime make
/// first (a month, day or day of the year of 0 means the first): the
/// fields, in C's conventions, must lie in their ranges.
fn check_fields(vm: &mut Vm, f: &mut Fields) -> PyResult<()> {
    if f.month == 0 {
        f.month = 1;
    }
    if f.day == 0 {
        f.day = 1;
    }
    if f.yday == -1 {
        f.yday = 0;
    }
    let bad = if !(1..=12).contains(&f.month) {
        "month out of range"
    } else if !(1..=31).contains(&f.day) {
        "day of month out of range"
    } else if !(0..=23).contains(&f.hour) {
        "hour out of range"
    } else if !(0..=59).contains(&f.minute) {
        "minute out of range"
    } else if !(0..=61).contains(&f.second) {
        "seconds out of range"
    } else if f.wday < 0 {
        "day of week out of range"
    } else if !(0..=365).contains(&f.yday) {
        "day of year out of range"
    } else {
        f.isdst = f.isdst.clamp(-1, 1);
        return Ok(());
    };
    Err(vm.value_error(bad))
}

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// C's `asctime` layout, `Sun Sep  9 01:46:40 2001`, of fields in C's
/// conventions.
fn asctime_text(f: &Fields) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &WEEKDAYS[f.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(f.month - 1).rem_euclid(12) as usize][..3],
        f.day,
        f.hour,
        f.minute,
        f.second,
        f.year
    )
}

/// The time tuple argument of asctime/strftime in C's conventions and
/// checked, or the local time now.
fn checked_tuple(vm: &mut Vm, fname: &str, v: Option<&Value>) -> PyResult<Fields> {
    let f = match v {
        Some(v) => time_tuple(vm, fname, v)?,
        None => local_fields(vm, now_secs())?,
    };
    let mut f = c_fields(f);
    check_fields(vm, &mut f)?;
    Ok(f)
}

fn time_asctime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "asctime", &args, 0, 1)?;
    let f = checked_tuple(vm, "asctime", a.first())?;
    Ok(Value::str(asctime_text(&f)))
}

fn time_ctime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let t = seconds_arg(vm, "ctime", &args)?;
    let f = c_fields(local_fields(vm, t)?);
    Ok(Value::str(asctime_text(&f)))
}

/// Seconds since the epoch of local fields read as UTC, out-of-range
/// months, days, hours, minutes and seconds carried over as C's mktime
/// does.
fn local_seconds(f: &Fields) -> i64 {
    let months = f.year * 12 + (f.month - 1);
    let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let days = days_from_civil(year, month, 1) + f.day - 1;
    days * 86400 + f.hour * 3600 + f.minute * 60 + f.second
}

fn time_mktime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = exact(vm, "mktime", &args, 1)?;
    let f = time_tuple(vm, "mktime", &a[0])?;
    let t = zone_to_utc(local_seconds(&f), f.isdst);
    let check = fields_at(t, &zone_at(t));
    if i32::try_from(check.year - 1900).is_err() {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn time_strftime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let a = range(vm, "strftime", &args, 1, 2)?;
    let Some(fmt) = a[0].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
    };
    let mut f = checked_tuple(vm, "strftime", a.get(1))?;
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    if f.zone.is_empty() && f.isdst >= 0 {
        // A plain tuple has no zone of its own: glibc names the local one.
        let names = match vm.lookup_module("time") {
            Some(m) => vm.getattr_str(&m, "tzname").ok(),
            None => None,
        };
        if let Some(Payload::Tuple(t)) = names.as_ref().and_then(|n| n.payload()) {
            if let Some(s) = t.get(f.isdst as usize).and_then(|v| v.as_str()) {
                f.zone = s.to_string();
            }
        }
    }
    Ok(Value::str(strftime(&fmt, &f)))
}

/// `strptime(string, format)`: the bundled library's `_strptime` parses,
/// as CPython's does in Python.
fn time_strptime(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let m = vm.import_module("_strptime")?;
    let f = vm.getattr_str(&m, "_strptime_time")?;
    vm.call_args(&f, args)
}

/// Format fields in C's conventions (weekday from Sunday, day of the year
/// from 0) as glibc's strftime does in the C locale, with its flags (`-`
/// no padding, `_` spaces, `0` zeros, `^` upper case, `#` swapped case),
/// a field width, and the `E`/`O` modifiers (which have no alternatives
/// in the C locale). An unknown conversion is copied as written.
pub fn strftime(fmt: &str, f: &Fields) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec::default();
        while let Some(&flag) = chars.get(i) {
            match flag {
                '-' | '_' | '0' => spec.pad = Some(flag),
                '^' => spec.upper = true,
                '#' => spec.swap = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            let w = spec.width.unwrap_or(0);
            spec.width = Some(w.saturating_mul(10).saturating_add(d as usize));
            i += 1;
        }
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        match spec.convert(conv, f) {
            Some(text) => out.push_str(&text),
            None => out.extend(&chars[start..i]),
        }
    }
    out
}

/// The flags and width of one strftime conversion.
#[derive(Default)]
struct Spec {
    pad: Option<char>,
    width: Option<usize>,
    upper: bool,
    swap: bool,
}

impl Spec {
    /// A number, `width` wide by default, padded with `fill`, unless the
    /// flags and width say otherwise.
    fn num(&self, n: i64, width: usize, fill: char) -> String {
        let fill = match self.pad {
            Some('-') => return n.to_string(),
            Some('_') => ' ',
            Some('0') => '0',
            _ => fill,
        };
        let width = self.width.unwrap_or(width);
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "-" } else { "" };
        let len = sign.len() + digits.len();
        if len >= width {
            return format!("{sign}{digits}");
        }
        let padding: String = std::iter::repeat_n(fill, width - len).collect();
        if fill == '0' {
            format!("{sign}{padding}{digits}")
        } else {
            format!("{padding}{sign}{digits}")
        }
    }

    /// A name: `^` makes it upper case, `#` too (a zone name lower
    /// case), and a width pads it on the left.
    fn text(&self, s: &str, zone: bool) -> String {
        let s = if self.upper || (self.swap && !zone) {
            s.to_uppercase()
        } else if self.swap {
            s.to_lowercase()
        } else {
            s.to_string()
        };
        let n = s.chars().count();
        match self.width {
            Some(w) if n < w => {
                let fill = if self.pad == Some('0') { '0' } else { ' ' };
                let mut out: String = std::iter::repeat_n(fill, w - n).collect();
                out.push_str(&s);
                out
            }
            _ => s,
        }
    }

    /// One conversion, or None when `conv` is not one.
    fn convert(&self, conv: char, f: &Fields) -> Option<String> {
        let wday = f.wday.rem_euclid(7);
        let month = (f.month - 1).rem_euclid(12) as usize;
        let hour12 = if f.hour % 12 == 0 { 12 } else { f.hour % 12 };
        Some(match conv {
            'a' => self.text(&WEEKDAYS[wday as usize][..3], false),
            'A' => self.text(WEEKDAYS[wday as usize], false),
            'b' | 'h' => self.text(&MONTHS[month][..3], false),
            'B' => self.text(MONTHS[month], false),
            'c' => self.text(&strftime("%a %b %e %H:%M:%S %Y", f), false),
            'C' => self.num(f.year.div_euclid(100), 1, '0'),
            'd' => self.num(f.day, 2, '0'),
            'D' | 'x' => self.text(&strftime("%m/%d/%y", f), false),
            'e' => self.num(f.day, 2, ' '),
            'F' => self.text(&format!("{}-{}", f.year, strftime("%m-%d", f)), false),
            'g' => self.num(iso_week(f).0.rem_euclid(100), 2, '0'),
            'G' => self.num(iso_week(f).0, 1, '0'),
            'H' => self.num(f.hour, 2, '0'),
            'I' => self.num(hour12, 2, '0'),
            'j' => self.num(f.yday + 1, 3, '0'),
            'k' => self.num(f.hour, 2, ' '),
            'l' => self.num(hour12, 2, ' '),
            'm' => self.num(f.month, 2, '0'),
            'M' => self.num(f.minute, 2, '0'),
            'n' => "\n".to_string(),
            'p' => self.text(if f.hour < 12 { "AM" } else { "PM" }, false),
            'P' => self.text(if f.hour < 12 { "am" } else { "pm" }, false),
            'r' => self.text(&strftime("%I:%M:%S %p", f), false),
            'R' => self.text(&strftime("%H:%M", f), false),
            's' => self.num(zone_to_utc(local_seconds(f), f.isdst), 1, '0'),
            'S' => self.num(f.second, 2, '0'),
            't' => "\t".to_string(),
            'T' | 'X' => self.text(&strftime("%H:%M:%S", f), false),
            'u' => self.num(if wday == 0 { 7 } else { wday }, 1, '0'),
            'U' => self.num((f.yday + 7 - wday) / 7, 2, '0'),
            'V' => self.num(iso_week(f).1, 2, '0'),
            'w' => self.num(wday, 1, '0'),
            'W' => self.num((f.yday + 7 - (wday + 6) % 7) / 7, 2, '0'),
            'y' => self.num(f.year.rem_euclid(100), 2, '0'),
            'Y' => self.num(f.year, 1, '0'),
            // glibc writes no offset for a time of unknown kind.
            'z' if f.isdst < 0 => String::new(),
            'z' => {
                let mins = f.gmtoff.abs() / 60;
                let sign = if f.gmtoff < 0 { '-' } else { '+' };
                format!("{sign}{}", self.num(mins / 60 * 100 + mins % 60, 4, '0'))
            }
            'Z' => self.text(&f.zone, true),
            '%' => "%".to_string(),
            _ => return None,
        })
    }
}

/// The ISO 8601 year and week of fields in C's conventions (weeks start
/// on Monday; week 1 holds the year's first Thursday).
fn iso_week(f: &Fields) -> (i64, i64) {
    let from_monday = (f.wday.rem_euclid(7) + 6) % 7;
    // The day of the year of this week's Thursday.
    let thursday = f.yday - from_monday + 3;
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday < 0 {
        let prev = f.year - 1;
        return (prev, (thursday + year_len(prev)) / 7 + 1);
    }
    if thursday >= year_len(f.year) {
        return (f.year + 1, 1);
    }
    (f.year, thursday / 7 + 1)
}

fn time_time(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn time_time_ns(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn time_perf_counter(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_perf_counter_ns(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn time_process_time(_vm: &mut Vm, _slf: &Value, _args: Args) -> PyResult<Value> {
    // CPU time of the process, from /proc where available.
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0)
        });
    Ok(Value::Float(ticks.unwrap_or_else(|| {
        START.with(|s| s.elapsed().as_secs_f64())
    })))
}

/// `get_clock_info(name)`: how the clock `name` is read, as a
/// `types.SimpleNamespace` (implementation, monotonic, adjustable,
/// resolution). `process_time` reads clock ticks from /proc.
fn time_get_clock_info(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let name = exact(vm, "get_clock_info", &args, 1)?[0].clone();
    let Some(n) = name.as_str() else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("get_clock_info() argument 1 must be str, not {tn}")));
    };
    let (implementation, monotonic, adjustable, resolution) = match n {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("/proc/self/stat (clock ticks)", true, false, 0.01),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let types = vm.import_module("types")?;
    let namespace = vm.getattr_str(&types, "SimpleNamespace")?;
    let names: Vec<Value> = ["implementation", "monotonic", "adjustable", "resolution"]
        .into_iter()
        .map(|k| vm.intern(k))
        .collect();
    let values = [
        Value::str(implementation),
        Value::Bool(monotonic),
        Value::Bool(adjustable),
        Value::Float(resolution),
    ];
    vm.call_kw(&namespace, &values, &names)
}

fn time_sleep(vm: &mut Vm, _slf: &Value, args: Args) -> PyResult<Value> {
    let s = exact(vm, "sleep", &args, 1)?[0].clone();
    // CPython converts to nanoseconds in an i64 (`_PyTime_t`) first.
    const MAX_NS: f64 = i64::MAX as f64;
    if let Value::Obj(o) = &s {
        if matches!(o.payload, crate::object::Payload::BigInt(_)) && o.class.is_none() {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
    }
    let secs = crate::builtins::float_of(vm, &s)?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if (secs * 1e9).abs() >= MAX_NS {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // Ctrl-C ends the wait with KeyboardInterrupt, as in CPython.
    crate::signals::sleep(std::time::Duration::from_secs_f64(secs));
    vm.check_interrupt()?;
    Ok(Value::None)
}
