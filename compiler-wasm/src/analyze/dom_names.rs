//! React's DOM prop names → the DOM's attribute names, and how React writes each kind of value.
//!
//! React accepts camelCase prop names and writes the DOM's own names: `className` → `class`,
//! `strokeLinecap` → `stroke-linecap`, `xlinkHref` → `xlink:href`. A name that is not in these
//! tables is written as it is (`viewBox`, `preserveAspectRatio` and `aria-*`/`data-*` are already
//! the DOM's names). HTML attribute names are case-insensitive (`tabIndex` sets `tabindex`), so
//! only names whose DOM form differs by more than case are listed. Written from the DOM and SVG
//! attribute references; behaviour checked against React 19 by the React corpus
//! (`conformance/react/`).

/// Props whose DOM attribute differs from the prop by more than letter case.
const RENAMED: &[(&str, &str)] = &[
    ("className", "class"),
    ("htmlFor", "for"),
    ("acceptCharset", "accept-charset"),
    ("httpEquiv", "http-equiv"),
    // SVG presentation attributes are hyphenated in the DOM.
    ("accentHeight", "accent-height"),
    ("alignmentBaseline", "alignment-baseline"),
    ("arabicForm", "arabic-form"),
    ("baselineShift", "baseline-shift"),
    ("capHeight", "cap-height"),
    ("clipPath", "clip-path"),
    ("clipRule", "clip-rule"),
    ("colorInterpolation", "color-interpolation"),
    ("colorInterpolationFilters", "color-interpolation-filters"),
    ("colorProfile", "color-profile"),
    ("colorRendering", "color-rendering"),
    ("dominantBaseline", "dominant-baseline"),
    ("enableBackground", "enable-background"),
    ("fillOpacity", "fill-opacity"),
    ("fillRule", "fill-rule"),
    ("floodColor", "flood-color"),
    ("floodOpacity", "flood-opacity"),
    ("fontFamily", "font-family"),
    ("fontSize", "font-size"),
    ("fontSizeAdjust", "font-size-adjust"),
    ("fontStretch", "font-stretch"),
    ("fontStyle", "font-style"),
    ("fontVariant", "font-variant"),
    ("fontWeight", "font-weight"),
    ("glyphName", "glyph-name"),
    ("glyphOrientationHorizontal", "glyph-orientation-horizontal"),
    ("glyphOrientationVertical", "glyph-orientation-vertical"),
    ("horizAdvX", "horiz-adv-x"),
    ("horizOriginX", "horiz-origin-x"),
    ("imageRendering", "image-rendering"),
    ("letterSpacing", "letter-spacing"),
    ("lightingColor", "lighting-color"),
    ("markerEnd", "marker-end"),
    ("markerMid", "marker-mid"),
    ("markerStart", "marker-start"),
    ("overlinePosition", "overline-position"),
    ("overlineThickness", "overline-thickness"),
    ("paintOrder", "paint-order"),
    ("panose1", "panose-1"),
    ("pointerEvents", "pointer-events"),
    ("renderingIntent", "rendering-intent"),
    ("shapeRendering", "shape-rendering"),
    ("stopColor", "stop-color"),
    ("stopOpacity", "stop-opacity"),
    ("strikethroughPosition", "strikethrough-position"),
    ("strikethroughThickness", "strikethrough-thickness"),
    ("strokeDasharray", "stroke-dasharray"),
    ("strokeDashoffset", "stroke-dashoffset"),
    ("strokeLinecap", "stroke-linecap"),
    ("strokeLinejoin", "stroke-linejoin"),
    ("strokeMiterlimit", "stroke-miterlimit"),
    ("strokeOpacity", "stroke-opacity"),
    ("strokeWidth", "stroke-width"),
    ("textAnchor", "text-anchor"),
    ("textDecoration", "text-decoration"),
    ("textRendering", "text-rendering"),
    ("transformOrigin", "transform-origin"),
    ("underlinePosition", "underline-position"),
    ("underlineThickness", "underline-thickness"),
    ("unicodeBidi", "unicode-bidi"),
    ("unicodeRange", "unicode-range"),
    ("unitsPerEm", "units-per-em"),
    ("vAlphabetic", "v-alphabetic"),
    ("vHanging", "v-hanging"),
    ("vIdeographic", "v-ideographic"),
    ("vMathematical", "v-mathematical"),
    ("vectorEffect", "vector-effect"),
    ("vertAdvY", "vert-adv-y"),
    ("vertOriginX", "vert-origin-x"),
    ("vertOriginY", "vert-origin-y"),
    ("wordSpacing", "word-spacing"),
    ("writingMode", "writing-mode"),
    ("xHeight", "x-height"),
    // Namespaced attributes.
    ("xlinkActuate", "xlink:actuate"),
    ("xlinkArcrole", "xlink:arcrole"),
    ("xlinkHref", "xlink:href"),
    ("xlinkRole", "xlink:role"),
    ("xlinkShow", "xlink:show"),
    ("xlinkTitle", "xlink:title"),
    ("xlinkType", "xlink:type"),
    ("xmlBase", "xml:base"),
    ("xmlLang", "xml:lang"),
    ("xmlSpace", "xml:space"),
    ("xmlnsXlink", "xmlns:xlink"),
];

/// Attributes whose value React writes as the string `"true"`/`"false"` when given a boolean
/// (enumerated attributes), besides every `aria-*` and `data-*` attribute. Lower case: HTML
/// names compare case-insensitively.
const BOOLEANISH_STRING: &[&str] = &[
    "contenteditable",
    "draggable",
    "spellcheck",
    "autoreverse",
    "externalresourcesrequired",
    "focusable",
    "preservealpha",
];

/// The DOM attribute that React writes for prop `prop`.
pub fn attribute_name(prop: &str) -> &str {
    RENAMED
        .iter()
        .find(|(react, _)| *react == prop)
        .map_or(prop, |(_, dom)| dom)
}

/// Whether React writes a boolean given to attribute `name` (a DOM name) as `"true"`/`"false"`
/// instead of adding or removing the attribute.
pub fn writes_booleans_as_strings(name: &str) -> bool {
    name.starts_with("aria-")
        || name.starts_with("data-")
        || BOOLEANISH_STRING
            .iter()
            .any(|n| n.eq_ignore_ascii_case(name))
}

/// CSS properties whose numbers React writes without a unit (React adds `px` to every other
/// non-zero number). camelCase, as written in a `style` object.
const UNITLESS: &[&str] = &[
    "animationIterationCount",
    "aspectRatio",
    "borderImageOutset",
    "borderImageSlice",
    "borderImageWidth",
    "boxFlex",
    "boxFlexGroup",
    "boxOrdinalGroup",
    "columnCount",
    "columns",
    "flex",
    "flexGrow",
    "flexPositive",
    "flexShrink",
    "flexNegative",
    "flexOrder",
    "gridArea",
    "gridRow",
    "gridRowEnd",
    "gridRowSpan",
    "gridRowStart",
    "gridColumn",
    "gridColumnEnd",
    "gridColumnSpan",
    "gridColumnStart",
    "fontWeight",
    "lineClamp",
    "lineHeight",
    "opacity",
    "order",
    "orphans",
    "scale",
    "tabSize",
    "widows",
    "zIndex",
    "zoom",
    "fillOpacity",
    "floodOpacity",
    "stopOpacity",
    "strokeDasharray",
    "strokeDashoffset",
    "strokeMiterlimit",
    "strokeOpacity",
    "strokeWidth",
];

/// Whether a number given to style property `property` (as written in the object) is written
/// without `px`. Vendor-prefixed forms (`WebkitLineClamp`) follow their unprefixed property;
/// custom properties (`--gap`) never get a unit.
pub fn is_unitless(property: &str) -> bool {
    if property.starts_with("--") {
        return true;
    }
    let unprefixed = ["Webkit", "Moz", "ms", "O"]
        .iter()
        .find_map(|p| property.strip_prefix(p))
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|rest| {
            let mut s = rest[..1].to_ascii_lowercase();
            s.push_str(&rest[1..]);
            s
        });
    let name = unprefixed.as_deref().unwrap_or(property);
    UNITLESS.contains(&name)
}

/// The CSS name of style property `property`: `backgroundColor` → `background-color`,
/// `WebkitTransition` → `-webkit-transition`, `msTransform` → `-ms-transform`; custom
/// properties (`--gap`) stay as written.
pub fn css_property_name(property: &str) -> String {
    if property.starts_with("--") {
        return property.to_string();
    }
    let mut out = String::with_capacity(property.len() + 4);
    if property.starts_with("ms") && property[2..].starts_with(|c: char| c.is_ascii_uppercase()) {
        out.push('-');
    }
    for c in property.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn react_names_become_dom_names() {
        assert_eq!(attribute_name("className"), "class");
        assert_eq!(attribute_name("strokeLinecap"), "stroke-linecap");
        assert_eq!(attribute_name("xlinkHref"), "xlink:href");
        assert_eq!(attribute_name("viewBox"), "viewBox");
        assert_eq!(attribute_name("tabIndex"), "tabIndex");
        assert_eq!(attribute_name("aria-label"), "aria-label");
    }

    #[test]
    fn style_names_and_units_follow_react() {
        assert_eq!(css_property_name("backgroundColor"), "background-color");
        assert_eq!(css_property_name("WebkitTransition"), "-webkit-transition");
        assert_eq!(css_property_name("msTransform"), "-ms-transform");
        assert_eq!(css_property_name("--main-gap"), "--main-gap");
        assert!(is_unitless("zIndex") && is_unitless("WebkitLineClamp") && is_unitless("--x"));
        assert!(!is_unitless("width") && !is_unitless("marginTop"));
    }

    #[test]
    fn booleans_as_strings() {
        assert!(writes_booleans_as_strings("aria-hidden"));
        assert!(writes_booleans_as_strings("data-open"));
        assert!(writes_booleans_as_strings("spellCheck"));
        assert!(!writes_booleans_as_strings("disabled"));
    }
}
