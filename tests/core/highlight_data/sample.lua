#!/usr/bin/env lua
--[[
  markup.lua -- a tiny markup-to-HTML converter.

  This is a long comment at level 0. A lone "]" or a "]=]" sequence is
  harmless here; only two adjacent closing brackets would end it.
--]]

--[==[
  A long comment with level 2: the sequence ]] and even ]=] do not end
  it; only the matching closing bracket with two equals signs does.
  print("this is not code")
]==]

local M = {}
M.VERSION = "1.2.0"

-- Escapes in ordinary strings.
local ESCAPES = "tab:\t newline:\n quote:\" backslash:\\ bell:\a"
local SINGLE = 'it\'s single-quoted with \x41\u{48}\65 escapes'
local SKIPPED = "line one \z
                 continues without the whitespace"
local DECIMAL_ESCAPE = "\072\105"

-- Long strings: no escapes are processed, and newlines are kept.
local PAGE_TEMPLATE = [[
<!doctype html>
<html>
<head><title>%s</title></head>
<body>
%s
</body>
</html>
]]

local CSS = [==[
/* Styles embedded in a level-2 long string. The sequence ]] is fine. */
code { font-family: monospace; }
a[href$=".pdf"]::after { content: " [pdf]"; }
]==]

local LEVEL_ONE_CONTAINS_BRACKETS = [=[table[key[1]] = value]=]

local html_escapes = {
  ["&"] = "&amp;",
  ["<"] = "&lt;",
  [">"] = "&gt;",
  ['"'] = "&quot;",
  ["'"] = "&#39;",
}

local function escape(text)
  return (tostring(text):gsub("[&<>\"']", html_escapes))
end
M.escape = escape

-- Inline rules: each is a Lua pattern and a replacement function or string.
local inline_rules = {
  { "%*%*(.-)%*%*", "<strong>%1</strong>" },
  { "%*(.-)%*", "<em>%1</em>" },
  { "`(.-)`", function(code) return "<code>" .. code .. "</code>" end },
  { "%[(.-)%]%((.-)%)", function(label, url)
      return string.format('<a href="%s">%s</a>', url, label)
    end },
}

local function inline(text)
  text = escape(text)
  for _, rule in ipairs(inline_rules) do
    text = text:gsub(rule[1], rule[2])
  end
  return text
end

local Parser = {}
Parser.__index = Parser

function Parser.new(source)
  local self = setmetatable({}, Parser)
  self.lines = {}
  for line in (source .. "\n"):gmatch("(.-)\r?\n") do
    self.lines[#self.lines + 1] = line
  end
  self.pos = 1
  self.out = {}
  return self
end

function Parser:peek() return self.lines[self.pos] end

function Parser:next()
  local line = self.lines[self.pos]
  self.pos = self.pos + 1
  return line
end

function Parser:emit(fmt, ...)
  self.out[#self.out + 1] = select("#", ...) > 0 and fmt:format(...) or fmt
end

function Parser:code_block(lang)
  local body = {}
  while self:peek() and not self:peek():match("^```%s*$") do
    body[#body + 1] = escape(self:next())
  end
  self:next() -- closing fence
  local class = lang ~= "" and (' class="language-%s"'):format(lang) or ""
  self:emit("<pre><code%s>%s</code></pre>", class, table.concat(body, "\n"))
end

function Parser:list()
  self:emit("<ul>")
  while self:peek() and self:peek():match("^%s*[-*+]%s+") do
    local item = self:next():gsub("^%s*[-*+]%s+", "")
    self:emit("  <li>%s</li>", inline(item))
  end
  self:emit("</ul>")
end

function Parser:parse()
  while self:peek() do
    local line = self:peek()
    local hashes, heading = line:match("^(#+)%s+(.*)$")
    local lang = line:match("^```(%w*)%s*$")
    if hashes and #hashes <= 6 then
      self:next()
      self:emit("<h%d>%s</h%d>", #hashes, inline(heading), #hashes)
    elseif lang then
      self:next()
      self:code_block(lang)
    elseif line:match("^%s*[-*+]%s+") then
      self:list()
    elseif line:match("^%s*$") then
      self:next()
    else
      local para = {}
      while self:peek() and not self:peek():match("^%s*$") do
        para[#para + 1] = self:next()
      end
      self:emit("<p>%s</p>", inline(table.concat(para, " ")))
    end
  end
  return table.concat(self.out, "\n")
end

function M.render(source, title)
  local body = Parser.new(source):parse()
  return PAGE_TEMPLATE:format(escape(title or "Untitled"), body)
end

-- Varargs, multiple returns, integer division and bitwise operators (5.3+).
local function stats(...)
  local n = select("#", ...)
  local sum, max = 0, -math.huge
  for i = 1, n do
    local v = select(i, ...)
    sum = sum + v
    if v > max then max = v end
  end
  return sum, n > 0 and sum / n or 0, max, n // 2, n & 1 == 1, 0xFF ~ 0x0F, 1 << 4
end

local sample = [[
# Hello *world*

Some **bold** text, `code` and a [link](https://example.invalid/?a=1&b=2).

- first item
- second <item>

```lua
print([=[nested long bracket inside a long string]=])
```
]]

if ... == nil or select("#", ...) == 0 then
  print(M.render(sample, "Demo & Test"))
  print(stats(3, 1.5, 4e2, 0x10, 0x1p4))
  print(ESCAPES, SINGLE, SKIPPED, DECIMAL_ESCAPE, #CSS, LEVEL_ONE_CONTAINS_BRACKETS)
  goto done
end

::done::
return M
