//! A small W3C WebDriver client: just what the scenarios use, over plain HTTP to
//! tauri-driver (which forwards to WebKitWebDriver).

use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct WebDriver {
    base: String,
}

pub struct Session {
    base: String,
}

#[derive(Clone)]
pub struct Element(String);

fn request(method: &str, url: &str, body: Option<Value>) -> Result<Value, String> {
    request_within(method, url, body, Duration::from_secs(60))
}

fn request_within(
    method: &str,
    url: &str,
    body: Option<Value>,
    timeout: Duration,
) -> Result<Value, String> {
    let req = ureq::request(method, url).timeout(timeout);
    let response = match body {
        Some(b) => req.send_json(b),
        None => req.call(),
    };
    let value: Value = match response {
        Ok(r) => r.into_json().map_err(|e| e.to_string())?,
        Err(ureq::Error::Status(code, r)) => {
            let v: Value = r.into_json().unwrap_or(Value::Null);
            return Err(format!(
                "HTTP {code}: {}",
                v["value"]["message"].as_str().unwrap_or(&v.to_string())
            ));
        }
        Err(e) => return Err(e.to_string()),
    };
    Ok(value["value"].clone())
}

impl WebDriver {
    pub fn new(base: &str) -> Self {
        WebDriver {
            base: base.trim_end_matches('/').to_string(),
        }
    }

    /// Launch the app and open a session on its webview.
    pub fn start(&self, app: &Path) -> Result<Session, String> {
        let caps = json!({ "capabilities": { "alwaysMatch": { "tauri:options": { "application": app.display().to_string() } } } });
        let v = request("POST", &format!("{}/session", self.base), Some(caps))?;
        let id = v["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {v}"))?;
        Ok(Session {
            base: format!("{}/session/{id}", self.base),
        })
    }
}

impl Session {
    fn post(&self, path: &str, body: Value) -> Result<Value, String> {
        request("POST", &format!("{}{path}", self.base), Some(body))
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        request("GET", &format!("{}{path}", self.base), None)
    }

    pub fn end(&self) {
        let _ = request("DELETE", &self.base, None);
    }

    fn element_id(v: &Value) -> Option<String> {
        v[ELEMENT].as_str().map(str::to_string)
    }

    pub fn find_all(&self, css: &str) -> Result<Vec<Element>, String> {
        let v = self.post(
            "/elements",
            json!({ "using": "css selector", "value": css }),
        )?;
        Ok(v.as_array()
            .into_iter()
            .flatten()
            .filter_map(Self::element_id)
            .map(Element)
            .collect())
    }

    pub fn find(&self, css: &str) -> Result<Element, String> {
        self.find_all(css)?
            .into_iter()
            .next()
            .ok_or_else(|| format!("nothing on screen matches {css}"))
    }

    pub fn count(&self, css: &str) -> Result<usize, String> {
        Ok(self.find_all(css)?.len())
    }

    pub fn text_of(&self, e: &Element) -> Result<String, String> {
        Ok(self
            .get(&format!("/element/{}/text", e.0))?
            .as_str()
            .unwrap_or("")
            .to_string())
    }

    pub fn text(&self, css: &str) -> Result<String, String> {
        self.text_of(&self.find(css)?)
    }

    pub fn enabled(&self, e: &Element) -> Result<bool, String> {
        Ok(self
            .get(&format!("/element/{}/enabled", e.0))?
            .as_bool()
            .unwrap_or(false))
    }

    pub fn click_element(&self, e: &Element) -> Result<(), String> {
        self.post(&format!("/element/{}/click", e.0), json!({}))
            .map(|_| ())
    }

    pub fn click(&self, css: &str) -> Result<(), String> {
        self.click_element(&self.find(css)?)
    }

    pub fn click_xpath(&self, xpath: &str) -> Result<(), String> {
        let v = self.post("/element", json!({ "using": "xpath", "value": xpath }))?;
        let id = Self::element_id(&v).ok_or_else(|| format!("nothing matches {xpath}"))?;
        self.click_element(&Element(id))
    }

    /// Click the first element matching `css` whose text contains `label`.
    pub fn click_text(&self, css: &str, label: &str) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            for e in self.find_all(css)? {
                if self.text_of(&e)?.contains(label) {
                    return self.click_element(&e);
                }
            }
            if Instant::now() > deadline {
                return Err(format!("no {css} with text “{label}”"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn send_keys(&self, css: &str, keys: &str) -> Result<(), String> {
        let e = self.find(css)?;
        self.post(&format!("/element/{}/value", e.0), json!({ "text": keys }))
            .map(|_| ())
    }

    pub fn type_into(&self, css: &str, text: &str) -> Result<(), String> {
        self.send_keys(css, text)
    }

    pub fn execute_async(&self, script: &str, args: &[Value]) -> Result<Value, String> {
        self.post("/execute/async", json!({ "script": script, "args": args }))
    }

    /// WebKitWebDriver sometimes never answers a screenshot request, so this waits only a
    /// little; callers treat a missing picture as a missing picture, never as a failure.
    pub fn screenshot(&self, path: &Path) -> Result<(), String> {
        let v = request_within(
            "GET",
            &format!("{}/screenshot", self.base),
            None,
            Duration::from_secs(10),
        )?;
        let b64 = v.as_str().ok_or("no screenshot data")?;
        std::fs::write(path, decode_base64(b64)?).map_err(|e| e.to_string())
    }

    /// Poll `check` until it holds or `timeout` passes.
    pub fn wait(
        &self,
        timeout: Duration,
        what: &str,
        check: impl Fn() -> Result<bool, String>,
    ) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let mut last = String::new();
        loop {
            match check() {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                Err(e) => last = e,
            }
            if Instant::now() > deadline {
                return Err(format!("waited {timeout:?} for: {what} {last}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_count(&self, css: &str, n: usize, timeout: Duration) -> Result<(), String> {
        self.wait(timeout, &format!("{n} × {css}"), || {
            Ok(self.count(css)? == n)
        })
    }

    pub fn wait_text(&self, css: &str, needle: &str, timeout: Duration) -> Result<(), String> {
        self.wait(timeout, &format!("{css} to read “{needle}”"), || {
            Ok(self
                .find_all(css)?
                .iter()
                .any(|e| self.text_of(e).is_ok_and(|t| t.contains(needle))))
        })
    }
}

fn decode_base64(s: &str) -> Result<Vec<u8>, String> {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let v = TABLE.iter().position(|&t| t == c).ok_or("bad base64")? as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    Ok(out)
}
