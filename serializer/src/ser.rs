//! serde: any `Serialize` type → [`Value`] (then [`crate::encode`] writes DX), and `Serialize`
//! for [`Value`] itself (so serde_json can write it as JSON).

use std::borrow::Cow;

use serde::ser::{self, Impossible, Serialize};

use crate::error::Error;
use crate::value::{Number, Object, Value};

impl Serialize for Value<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(Number::PosInt(n)) => s.serialize_u64(*n),
            Value::Number(Number::NegInt(n)) => s.serialize_i64(*n),
            Value::Number(Number::Float(x)) => s.serialize_f64(*x),
            Value::String(text) => s.serialize_str(text),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k.as_ref(), v)?;
                }
                map.end()
            }
        }
    }
}

/// Converts any `Serialize` value into a [`Value`]. Maps need string (or integer) keys; enums
/// are externally tagged (`{"Variant": …}`), as in serde_json.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value<'static>, Error> {
    value.serialize(ValueSerializer)
}

struct ValueSerializer;

fn string(s: impl Into<String>) -> Value<'static> {
    Value::String(Cow::Owned(s.into()))
}

impl ser::Serializer for ValueSerializer {
    type Ok = Value<'static>;
    type Error = Error;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = VariantSeq;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = VariantMap;

    fn serialize_bool(self, v: bool) -> Result<Value<'static>, Error> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value<'static>, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<Value<'static>, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<Value<'static>, Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Value<'static>, Error> {
        Ok(Value::Number(Number::from_i64(v)))
    }
    fn serialize_i128(self, v: i128) -> Result<Value<'static>, Error> {
        if let Ok(n) = i64::try_from(v) {
            return self.serialize_i64(n);
        }
        u64::try_from(v)
            .map(|n| Value::Number(Number::PosInt(n)))
            .map_err(|_| Error::serde("integer out of the range of i64/u64"))
    }
    fn serialize_u8(self, v: u8) -> Result<Value<'static>, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<Value<'static>, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<Value<'static>, Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Value<'static>, Error> {
        Ok(Value::Number(Number::PosInt(v)))
    }
    fn serialize_f32(self, v: f32) -> Result<Value<'static>, Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Value<'static>, Error> {
        Ok(Value::from(v))
    }
    fn serialize_char(self, v: char) -> Result<Value<'static>, Error> {
        Ok(string(v))
    }
    fn serialize_str(self, v: &str) -> Result<Value<'static>, Error> {
        Ok(string(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value<'static>, Error> {
        Ok(Value::Array(
            v.iter()
                .map(|&b| Value::Number(Number::PosInt(u64::from(b))))
                .collect(),
        ))
    }
    fn serialize_none(self) -> Result<Value<'static>, Error> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value<'static>, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value<'static>, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Value<'static>, Error> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Value<'static>, Error> {
        Ok(string(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Value<'static>, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value<'static>, Error> {
        Ok(Value::Object(vec![(
            Cow::Borrowed(variant),
            to_value(value)?,
        )]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, Error> {
        Ok(SeqBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqBuilder, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantSeq, Error> {
        Ok(VariantSeq(variant, Vec::with_capacity(len)))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, Error> {
        Ok(MapBuilder(Vec::with_capacity(len.unwrap_or(0)), None))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapBuilder, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantMap, Error> {
        Ok(VariantMap(variant, Vec::with_capacity(len)))
    }
}

pub struct SeqBuilder(Vec<Value<'static>>);

impl ser::SerializeSeq for SeqBuilder {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.0.push(to_value(value)?);
        Ok(())
    }
    fn end(self) -> Result<Value<'static>, Error> {
        Ok(Value::Array(self.0))
    }
}

impl ser::SerializeTuple for SeqBuilder {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Value<'static>, Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for SeqBuilder {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Value<'static>, Error> {
        ser::SerializeSeq::end(self)
    }
}

pub struct VariantSeq(&'static str, Vec<Value<'static>>);

impl ser::SerializeTupleVariant for VariantSeq {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.1.push(to_value(value)?);
        Ok(())
    }
    fn end(self) -> Result<Value<'static>, Error> {
        Ok(Value::Object(vec![(
            Cow::Borrowed(self.0),
            Value::Array(self.1),
        )]))
    }
}

pub struct MapBuilder(Object<'static>, Option<Cow<'static, str>>);

impl ser::SerializeMap for MapBuilder {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.1 = Some(Cow::Owned(key.serialize(KeySerializer)?));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .1
            .take()
            .ok_or_else(|| Error::serde("map value without a key"))?;
        self.0.push((key, to_value(value)?));
        Ok(())
    }
    fn end(self) -> Result<Value<'static>, Error> {
        Ok(Value::Object(self.0))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.0.push((Cow::Borrowed(key), to_value(value)?));
        Ok(())
    }
    fn end(self) -> Result<Value<'static>, Error> {
        Ok(Value::Object(self.0))
    }
}

pub struct VariantMap(&'static str, Object<'static>);

impl ser::SerializeStructVariant for VariantMap {
    type Ok = Value<'static>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.1.push((Cow::Borrowed(key), to_value(value)?));
        Ok(())
    }
    fn end(self) -> Result<Value<'static>, Error> {
        Ok(Value::Object(vec![(
            Cow::Borrowed(self.0),
            Value::Object(self.1),
        )]))
    }
}

/// Map keys: strings, chars, integers and bools become strings; anything else is an error.
struct KeySerializer;

macro_rules! key_to_string {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<String, Error> { Ok(v.to_string()) })*
    };
}

impl ser::Serializer for KeySerializer {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Impossible<String, Error>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Impossible<String, Error>;
    type SerializeStructVariant = Impossible<String, Error>;

    key_to_string!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_char: char,
        serialize_str: &str);

    fn serialize_f32(self, _: f32) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string, not a float"))
    }
    fn serialize_f64(self, _: f64) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string, not a float"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string, not bytes"))
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string, not None"))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string, not ()"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Error> {
        Err(Error::serde(
            "a map key must be a string, not a unit struct",
        ))
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Error> {
        Err(Error::serde("a map key must be a string"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error::serde("a map key must be a string, not a sequence"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error::serde("a map key must be a string, not a tuple"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error::serde(
            "a map key must be a string, not a tuple struct",
        ))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error::serde("a map key must be a string"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error::serde("a map key must be a string, not a map"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(Error::serde("a map key must be a string, not a struct"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error::serde("a map key must be a string"))
    }
}
