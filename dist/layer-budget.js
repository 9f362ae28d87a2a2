import { createRequire as __lbCreateRequire } from 'node:module'; const require = __lbCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len2 = val.length; i < len2; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code2 = json2.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages2) {
      if (logLevel === "debug")
        console.log(...messages2);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len2 = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len2 > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts2 = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts2);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts2 = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts2);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context2) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context2;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context2.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context2 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context2;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts2) {
        super(opts2);
        this._values = {};
        this._scope = opts2.scope;
        this.opts = { ...opts2, _n: opts2.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts2) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts2), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts2) {
        return "{" + opts2._n + super.render(opts2) + "}" + opts2._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts2) {
        let code2 = `if(${this.condition})` + super.render(opts2);
        if (this.else)
          code2 += "else " + this.else.render(opts2);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e2 = this.else;
        if (e2) {
          const ns = e2.optimizeNodes();
          e2 = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e2) {
          if (cond === false)
            return e2 instanceof _If ? e2 : e2.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e2 instanceof _If ? [e2] : e2.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts2) {
        return `for(${this.iteration})` + super.render(opts2);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts2) {
        const varKind = opts2.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts2);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts2) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts2);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts2) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts2);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts2) {
        return "return " + super.render(opts2);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts2) {
        let code2 = "try" + super.render(opts2);
        if (this.catch)
          code2 += this.catch.render(opts2);
        if (this.finally)
          code2 += this.finally.render(opts2);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts2) {
        return `catch(${this.error})` + super.render(opts2);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts2) {
        return "finally" + super.render(opts2);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts2 = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts2, _n: opts2.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len2 = this._blockStarts.pop();
        if (len2 === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len2;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len2;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e2) {
        return e2 instanceof code_1._Code && e2._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts: opts2, self } = it;
      if (!opts2.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError2(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError2;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts: opts2, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts2.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts2.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts: opts2 } = it;
      const coerceTo = coerceToTypes(types, opts2.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts2.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t2) => COERCIBLE.has(t2) || coerceTypes === "array" && t2 === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts: opts2 } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts2.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts2.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t2 of coerceTo) {
        if (COERCIBLE.has(t2) || t2 === "array" && opts2.coerceTypes === "array") {
          coerceSpecificType(t2);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t2) {
        switch (t2) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t2 in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t2, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts: opts2 } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts2.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts: opts2 } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts2.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context2, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context2 !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context2}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts: opts2 } }, pattern) {
      const u = opts2.unicodeRegExp ? "u" : "";
      const { regExp } = opts2.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len2 = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len2, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate3 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate3);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e2) => gen.assign(valid, false).if((0, codegen_1._)`${e2} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e2}.errors`), () => gen.throw(e2)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts: opts2, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts2.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts: opts2 } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts2.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts2, cb) {
      if (typeof opts2 == "function") {
        cb = opts2;
        opts2 = {};
      }
      cb = opts2.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts2, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts2, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts2, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts2, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts2.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts2, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id17 = "", normalize) {
      if (normalize !== false)
        id17 = normalizeId(id17);
      const p = resolver.parse(id17);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id17) {
      return id17 ? id17.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id17) {
      id17 = normalizeId(id17);
      return resolver.resolve(baseId, id17);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts: opts2 }, body) {
      if (opts2.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts2)}`);
          destructureValCxtES5(gen, opts2);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts2)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts2)).code(body));
      }
    }
    function destructureValCxt(opts2) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts2.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts2) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts2.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts2.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts: opts2, gen } = it;
      validateFunction(it, () => {
        if (opts2.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts2.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts2) {
      const schId = typeof schema == "object" && schema[opts2.schemaId];
      return schId && (opts2.code.source || opts2.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts: opts2 } = it;
      if (opts2.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts: opts2, self } = it;
      if (schema.$ref && opts2.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts: opts2 } = it;
      if (schema.default !== void 0 && opts2.useDefaults && opts2.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts: opts2 }) {
      const msg = schema.$comment;
      if (opts2.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts2.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts: opts2 } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts2.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts: opts2, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts2.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts2.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts2.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t2) => {
        if (!includesType(it.dataTypes, t2)) {
          strictTypesError(it, `type "${t2}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t2) => hasApplicableType(ts, t2))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t2) {
      return ts.includes(t2) || t2 === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t2 of it.dataTypes) {
        if (includesType(withTypes, t2))
          ts.push(t2);
        else if (withTypes.includes("integer") && t2 === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments2 = jsonPointer.split("/");
      for (const segment of segments2) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate3 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate3 });
        validate3.errors = null;
        validate3.schema = sch.schema;
        validate3.schemaEnv = sch;
        if (sch.$async)
          validate3.$async = true;
        if (this.opts.code.source === true) {
          validate3.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate3.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate3.source)
            validate3.source.evaluated = (0, codegen_1.stringify)(validate3.evaluated);
        }
        sch.validate = validate3;
        return sch;
      } catch (e2) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e2;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id17 = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id17] || this.schemas[id17];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id17 === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len2 = 0;
      while (len2 = input.length) {
        if (len2 === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len2 === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len2 === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments2 = path2.split("/");
      const last = segments2.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments2[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative = parse(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts2) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts2);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e2) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e2;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts2) {
      const options = Object.assign({}, opts2);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts2) {
      return parseWithStatus(uri, opts2).parsed;
    }
    function normalizeString(uri, opts2) {
      return normalizeStringWithStatus(uri, opts2).normalized;
    }
    function normalizeStringWithStatus(uri, opts2) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts2);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts2),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts2) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts2);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts2);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts2 = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts2 = this.opts = { ...opts2, ...requiredOptions(opts2) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts2.logger);
        const formatOpt = opts2.validateFormats;
        opts2.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts2, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts2, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts2.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts2.keywords)
          addInitialKeywords.call(this, opts2.keywords);
        if (typeof opts2.meta == "object")
          this.addMetaSchema(opts2.meta);
        addInitialSchemas.call(this);
        opts2.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e2) {
            if (!(e2 instanceof ref_error_1.default))
              throw e2;
            checkLoaded.call(this, e2);
            await loadMissingSchema.call(this, e2.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id17;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id17 = schema[schemaId];
          if (id17 !== void 0 && typeof id17 != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id17);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id17 = schemaKeyRef[this.opts.schemaId];
            if (id17) {
              id17 = (0, resolve_1.normalizeId)(id17);
              delete this.schemas[id17];
              delete this.refs[id17];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions2) {
        for (const def of definitions2)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t2) => addRule.call(this, k, definition, t2)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e2) => `${dataVar}${e2.instancePath} ${e2.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments2 = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments2)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule2 = rules[key];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id17;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id17 = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id17 || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id17) {
        if (this.schemas[id17] || this.refs[id17]) {
          throw new Error(`schema with key or id "${id17}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t2 }) => t2 === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES2.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts: opts2, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts2.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts: opts2 } = it;
      const passCxt = opts2.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e2) => {
          gen.if((0, codegen_1._)`!(${e2} instanceof ${it.ValidationError})`, () => gen.throw(e2));
          addErrorsFrom(e2);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len2 = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len2) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len2) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len2 = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len2} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts: opts2 } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts2.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts2.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts2.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts2.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t2) => t2 === "object" || t2 === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len: len2 } }) => (0, codegen_1.str)`must NOT have more than ${len2} items`,
      params: ({ params: { len: len2 } }) => (0, codegen_1._)`{limit: ${len2}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len2 = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len2} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len2} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len2, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len2 = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len2} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts: opts2, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts2.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts2.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len: len2 } }) => (0, codegen_1.str)`must NOT have more than ${len2} items`,
      params: ({ params: { len: len2 } }) => (0, codegen_1._)`{limit: ${len2}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len2 = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len2} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len2} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len2, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts: opts2 } = it;
        it.props = true;
        if (opts2.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts2.removeAdditional === "all" || opts2.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts2.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts: opts2 } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts2.strictSchema && !opts2.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts: opts2, errSchemaPath, schemaEnv, self } = it;
        if (!opts2.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts2.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts2.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts2.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts2.code.formats ? (0, codegen_1._)`${opts2.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/budget/config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/errors.ts
var EXIT = {
  ok: 0,
  /** a budget failed */
  budgetFailed: 1,
  /** bad input or usage */
  input: 2,
  /** internal error (a bug) */
  internal: 3
};
var InputError = class extends Error {
  name = "InputError";
  /** what the user can do about it, or what the tool expected; printed after the message as `hint: …` */
  hint;
  /** `hint` is required: every bad-input error tells the user what to do (a test scans src to keep it so) */
  constructor(message, options) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.hint = options.hint;
  }
};
var PICTURES = { "\n": "\u2424", "\r": "\u240D", "	": "\u2409", "\x1B": "\u241B", "\x7F": "\u2421" };
function escapeControls(s) {
  return s.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g, (c) => {
    const pic = PICTURES[c];
    if (pic) return pic;
    const code2 = c.charCodeAt(0);
    if (code2 < 32) return String.fromCharCode(9216 + code2);
    return `\\u{${code2.toString(16)}}`;
  });
}
function untrusted(s, max = 200) {
  const text = typeof s === "string" ? s : JSON.stringify(s) ?? String(s);
  const clipped = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  return escapeControls(clipped);
}
function withContext(context2, err) {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof InputError) return new InputError(`${context2}: ${msg}`, { cause: err, hint: err.hint });
  return new Error(`${context2}: ${msg}`, { cause: err });
}

// src/render/format.ts
var SI = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
var MINUS = "\u2212";
var CAUSE_TEXT = {
  overwritten: "overwritten by a later layer",
  "attribute-copy-up": "copied up by chmod/chown/touch",
  "deleted-file": "deleted files",
  "deleted-dir": "deleted directories",
  opaque: "hidden by opaque directories",
  "replaced-dir": "directories replaced by files"
};
function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (bytes < 0) return `-${formatBytes(-bytes)}`;
  const n = Math.round(bytes);
  if (n < 1e3) return `${n} B`;
  let i = 0;
  let v = n;
  while (v >= 1e3 && i < SI.length - 1) {
    v /= 1e3;
    i++;
  }
  if (Number(v.toFixed(1)) >= 1e3 && i < SI.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${v.toFixed(1)} ${SI[i]}`;
}
function formatDelta(bytes) {
  if (bytes === 0) return "\xB10 B";
  return bytes > 0 ? `+${formatBytes(bytes)}` : `${MINUS}${formatBytes(-bytes)}`;
}
function formatSignedPercent(percent2) {
  if (percent2 === 0) return "\xB10.0%";
  const s = Math.abs(percent2).toFixed(1);
  return percent2 > 0 ? `+${s}%` : `${MINUS}${s}%`;
}
function formatPercentDelta(base, now) {
  if (base === 0) return now === 0 ? "\xB10.0%" : "new";
  return formatSignedPercent((now - base) / base * 100);
}
function formatRatio(ratio) {
  return `${(ratio * 100).toFixed(1)}%`;
}
function formatCount(n) {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// src/budget/glob.ts
var GlobError = class extends Error {
  name = "GlobError";
};
var CHAR = 0;
var CLASS = 1;
var ANY_NOSLASH = 2;
var ANY = 3;
var SPLIT = 4;
var EPS = 5;
var MATCH = 6;
var SLASH = 47;
var Nfa = class {
  kind = [];
  code = [];
  out = [];
  out1 = [];
  classes = [];
  add(kind, code2 = 0, cls = null) {
    this.kind.push(kind);
    this.code.push(code2);
    this.out.push(-1);
    this.out1.push(-1);
    this.classes.push(cls);
    return this.kind.length - 1;
  }
};
function patch(nfa, exits, to) {
  for (const e2 of exits) {
    if (e2 & 1) nfa.out1[e2 >> 1] = to;
    else nfa.out[e2 >> 1] = to;
  }
}
function single(nfa, kind, code2 = 0, cls = null) {
  const s = nfa.add(kind, code2, cls);
  return { start: s, exits: [s * 2] };
}
function concat(nfa, a, b) {
  if (!a) return b;
  patch(nfa, a.exits, b.start);
  return { start: a.start, exits: b.exits };
}
function star(nfa, kind) {
  const split = nfa.add(SPLIT);
  const step = nfa.add(kind);
  nfa.out[split] = step;
  nfa.out[step] = split;
  return { start: split, exits: [split * 2 + 1] };
}
function segments(nfa) {
  const opt = nfa.add(SPLIT);
  const loop = star(nfa, ANY);
  const slash = single(nfa, CHAR, SLASH);
  nfa.out[opt] = loop.start;
  patch(nfa, loop.exits, slash.start);
  return { start: opt, exits: [opt * 2 + 1, ...slash.exits] };
}
function matchBraces(p) {
  const matched = /* @__PURE__ */ new Set();
  const open4 = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const close = p.indexOf("]", i + 2);
      if (close !== -1) i = close;
    } else if (c === "{") open4.push(i);
    else if (c === "}" && open4.length > 0) {
      matched.add(open4.pop());
      matched.add(i);
    }
  }
  return matched;
}
function build(p, path2) {
  const nfa = new Nfa();
  const braces = matchBraces(p);
  const any = path2 ? ANY_NOSLASH : ANY;
  const frames = [{ alts: [], cur: null }];
  const append = (f) => {
    const top2 = frames[frames.length - 1];
    top2.cur = concat(nfa, top2.cur, f);
  };
  const finishAlt = (top2) => {
    top2.alts.push(top2.cur ?? single(nfa, EPS));
    top2.cur = null;
  };
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (frames.length > 1 && (c === "," || c === "}")) {
      const top2 = frames[frames.length - 1];
      finishAlt(top2);
      i++;
      if (c === "}") {
        frames.pop();
        const alts = top2.alts;
        let start = alts[alts.length - 1].start;
        const exits = [];
        for (const a of alts) exits.push(...a.exits);
        for (let k = alts.length - 2; k >= 0; k--) {
          const s = nfa.add(SPLIT);
          nfa.out[s] = alts[k].start;
          nfa.out1[s] = start;
          start = s;
        }
        append({ start, exits });
      }
      continue;
    }
    i++;
    if (c === "\\") {
      const next = p[i];
      if (next !== void 0) {
        append(single(nfa, CHAR, next.charCodeAt(0)));
        i++;
      } else append(single(nfa, CHAR, 92));
    } else if (c === "*") {
      if (p[i] === "*") {
        i++;
        while (p[i] === "*") i++;
        const atSegStart = i - 2 === 0 || p[i - 3] === "/" || !path2;
        if (path2 && atSegStart && p[i] === "/") {
          append(segments(nfa));
          i++;
        } else append(star(nfa, ANY));
      } else append(star(nfa, any));
    } else if (c === "?") {
      append(single(nfa, any));
    } else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close === -1) append(single(nfa, CHAR, 91));
      else {
        let body = p.slice(i, close);
        i = close + 1;
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        const safe = body.replace(/[\\\]^]/g, (x) => `\\${x}`);
        let re;
        try {
          re = new RegExp(negate ? `[^${path2 ? "/" : ""}${safe}]` : `[${safe}]`);
        } catch {
          throw new GlobError(`invalid character set [${negate ? "!" : ""}${body}]`);
        }
        append(single(nfa, CLASS, 0, re));
      }
    } else if (c === "{" && braces.has(i - 1)) {
      frames.push({ alts: [], cur: null });
    } else append(single(nfa, CHAR, c.charCodeAt(0)));
  }
  const top = frames[0];
  const match = nfa.add(MATCH);
  if (top.cur) {
    patch(nfa, top.cur.exits, match);
    return { nfa, start: top.cur.start };
  }
  return { nfa, start: match };
}
var MAX_DFA_STATES = 4096;
var Runner = class {
  nfa;
  start;
  mark;
  gen = 0;
  stack = [];
  dstates = [];
  index = /* @__PURE__ */ new Map();
  startState = -1;
  constructor(nfa, start) {
    this.nfa = nfa;
    this.start = start;
    this.mark = new Int32Array(nfa.kind.length);
  }
  nextGen() {
    if (++this.gen === 1073741823) {
      this.mark.fill(0);
      this.gen = 1;
    }
  }
  /** Adds the ε-closure of `s` to `list` (states already in this generation are skipped). Iterative. */
  close(s, list) {
    const { kind, out, out1 } = this.nfa;
    let matched = false;
    const stack = this.stack;
    stack.push(s);
    while (stack.length > 0) {
      const t2 = stack.pop();
      if (t2 < 0 || this.mark[t2] === this.gen) continue;
      this.mark[t2] = this.gen;
      const k = kind[t2];
      if (k === SPLIT) {
        stack.push(out1[t2], out[t2]);
      } else if (k === EPS) stack.push(out[t2]);
      else if (k === MATCH) matched = true;
      else list.push(t2);
    }
    return matched;
  }
  /** One NFA step: the states `cur` reach on `ch`, into `next`; true when MATCH is reached. */
  step(cur, ch, next) {
    const { kind, code: code2, out, classes } = this.nfa;
    this.nextGen();
    let matched = false;
    next.length = 0;
    for (const s of cur) {
      const kd = kind[s];
      let ok;
      if (kd === CHAR) ok = code2[s] === ch;
      else if (kd === ANY) ok = true;
      else if (kd === ANY_NOSLASH) ok = ch !== SLASH;
      else ok = classes[s].test(String.fromCharCode(ch));
      if (ok && this.close(out[s], next)) matched = true;
    }
    return matched;
  }
  /** The DState of a set of NFA states, or -1 when the cache is full. */
  intern(set, matched) {
    const sorted = set.slice().sort((a, b) => a - b);
    const key = `${matched ? "m" : ""}${sorted.join(",")}`;
    const known = this.index.get(key);
    if (known !== void 0) return known;
    if (this.dstates.length >= MAX_DFA_STATES) return -1;
    this.dstates.push({ set: sorted, matched, ascii: null, other: null });
    this.index.set(key, this.dstates.length - 1);
    return this.dstates.length - 1;
  }
  /**
   * Feeds `subject` through the automaton. `accept(k)` says whether a match of the first `k` code units counts;
   * the first counted match returns true. Stops early when no state is live.
   */
  run(subject, accept) {
    if (this.startState < 0) {
      const first = [];
      this.nextGen();
      const matched = this.close(this.start, first);
      this.startState = this.intern(first, matched);
    }
    let d = this.dstates[this.startState];
    if (d.matched && accept(0)) return true;
    const scratch = [];
    for (let k = 0; k < subject.length; k++) {
      if (d.set.length === 0) return false;
      const ch = subject.charCodeAt(k);
      let id17 = ch < 128 ? d.ascii ? d.ascii[ch] : -2 : d.other?.get(ch) ?? -2;
      if (id17 === -2) {
        const matched = this.step(d.set, ch, scratch);
        id17 = this.intern(scratch, matched);
        if (id17 === -1) return this.runNfa(subject, accept, scratch.slice(), matched, k + 1);
        if (ch < 128) (d.ascii ??= new Int16Array(128).fill(-2))[ch] = id17;
        else (d.other ??= /* @__PURE__ */ new Map()).set(ch, id17);
      }
      d = this.dstates[id17];
      if (d.matched && accept(k + 1)) return true;
    }
    return false;
  }
  /** The plain NFA simulation from position `from` with live states `cur` (when the DFA cache is full). */
  runNfa(subject, accept, cur, matchedHere, from) {
    if (matchedHere && accept(from)) return true;
    let next = [];
    for (let k = from; k < subject.length; k++) {
      if (cur.length === 0) return false;
      const matched = this.step(cur, subject.charCodeAt(k), next);
      [cur, next] = [next, cur];
      if (matched && accept(k + 1)) return true;
    }
    return false;
  }
};
function rooted(pattern, path2) {
  let p = pattern;
  if (path2) {
    if (!p.startsWith("/")) p = `/${p}`;
    if (p.length > 1 && p.endsWith("/") && !p.endsWith("\\/")) p = p.slice(0, -1);
  }
  return p;
}
function compileGlob(pattern, options = {}) {
  const path2 = options.path ?? true;
  const { nfa, start } = build(rooted(pattern, path2), path2);
  const runner = new Runner(nfa, start);
  return {
    pattern,
    test: (subject) => runner.run(subject, (k) => k === subject.length),
    testPathOrAncestor: (filePath) => {
      const p = filePath.startsWith("/") ? filePath : `/${filePath}`;
      return runner.run(p, (k) => k === p.length || k === 1 || k > 0 && p.charCodeAt(k) === SLASH);
    }
  };
}
function globBase(pattern) {
  const p = pattern.startsWith("/") ? pattern : `/${pattern}`;
  const segs = p.split("/").slice(1);
  const out = [];
  for (const s of segs) {
    if (/[*?[{\\]/.test(s) || s === "") break;
    out.push(s);
  }
  return `/${out.join("/")}`;
}

// src/budget/rules.ts
function show(v, unit) {
  switch (unit) {
    case "bytes":
      return formatBytes(v);
    case "percent":
      return `${v.toFixed(1)}%`;
    case "ratio":
      return formatRatio(v);
    case "count":
      return formatCount(v);
  }
}
function isOver(m) {
  return m.min ? m.actual < m.limit.value : m.actual > m.limit.value;
}
function limitMessage(m) {
  if (m.skip !== void 0) return m.skip;
  const over = isOver(m);
  const shown = m.signed ? m.unit === "bytes" ? formatDelta(m.actual) : formatSignedPercent(m.actual) : show(m.actual, m.unit);
  const rel = m.min ? over ? "is below the minimum" : "meets the minimum" : over ? "is over the limit" : "is within the limit";
  const by = over && m.unit === "bytes" ? ` by ${formatBytes(Math.abs(m.actual - m.limit.value))}` : "";
  const note = m.note ? `; ${m.note}` : "";
  return `${m.subject} ${shown} ${rel} ${show(m.limit.value, m.unit)}${by}${note}`;
}
var size = () => ({ kind: "rule", unit: "size", bound: "max" });
var percent = () => ({ kind: "rule", unit: "percent", bound: "max" });
function rule(r) {
  return r;
}
function clip(s) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 59)}\u2026` : one;
}
function layerName(report, index) {
  const l = report.layers.find((x) => x.index === index);
  const ins2 = l ? clip(l.normalizedInstruction || l.instruction) : "";
  return ins2 ? `layer ${index} (${ins2})` : `layer ${index}`;
}
function stripKeyword(s) {
  return s.replace(/^(RUN|COPY|ADD|WORKDIR|ENV|ARG|USER|LABEL|EXPOSE|VOLUME|CMD|ENTRYPOINT|SHELL|STOPSIGNAL|HEALTHCHECK|ONBUILD)\s+/i, "");
}
function stripEnv(s) {
  return s.replace(/^(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/, "");
}
function instructionMatches(glob, normalized, raw) {
  const bare = stripKeyword(normalized);
  return glob.test(normalized) || glob.test(bare) || glob.test(stripEnv(bare)) || raw !== "" && glob.test(raw);
}
function wasteLessIgnored(report, analysis, ignoring, ignored) {
  if (!ignoring) return { wasted: report.totals.wastedBytes, approximate: false };
  if (analysis) {
    let w = 0;
    for (const item of analysis.wasted) if (!ignored(item.path)) w += item.sizeBytes;
    return { wasted: w, approximate: false };
  }
  let drop = 0;
  for (const p of report.waste.topPaths) if (ignored(p.path)) drop += p.sizeBytes;
  return { wasted: Math.max(0, report.totals.wastedBytes - drop), approximate: report.waste.topPathsOmitted > 0 };
}
function duplicatesLessIgnored(ctx) {
  const { report, analysis } = ctx;
  if (!ctx.ignoring) return { bytes: report.duplicates.reclaimableBytes, approximate: false };
  if (analysis && analysis.visibleFiles.some((f) => f.contentHash !== void 0)) {
    const groups = /* @__PURE__ */ new Map();
    const sizes = /* @__PURE__ */ new Map();
    for (const f of analysis.visibleFiles) {
      if (f.contentHash === void 0 || f.sizeBytes === 0 || ctx.ignored(f.path)) continue;
      const k = `${f.contentHash}:${f.sizeBytes}`;
      let g = groups.get(k);
      if (!g) groups.set(k, g = /* @__PURE__ */ new Set());
      g.add(f.inode);
      sizes.set(k, f.sizeBytes);
    }
    let bytes2 = 0;
    for (const [k, inodes] of groups) bytes2 += (inodes.size - 1) * sizes.get(k);
    return { bytes: bytes2, approximate: false };
  }
  let bytes = 0;
  for (const g of report.duplicates.groups) {
    const kept = g.paths.filter((p) => !ctx.ignored(p)).length;
    bytes += Math.max(0, kept - 1) * g.sizeBytes;
  }
  return { bytes, approximate: report.duplicates.groupsOmitted > 0 };
}
function pathBytes(ctx, pattern) {
  const { analysis, report } = ctx;
  if (analysis) {
    const glob = compileGlob(pattern);
    const inodes = /* @__PURE__ */ new Set();
    let bytes = 0;
    for (const f of analysis.visibleFiles) {
      if (!glob.testPathOrAncestor(f.path) || ctx.ignored(f.path) || inodes.has(f.inode)) continue;
      inodes.add(f.inode);
      bytes += f.sizeBytes;
    }
    return { bytes, note: null, measurable: true };
  }
  const dirGlob = compileGlob(pattern.replace(/\/\*\*\/?$/, "") || "/");
  const dirs = report.directories.filter((d) => dirGlob.testPathOrAncestor(d.path));
  const outer = dirs.filter((d) => !dirs.some((o) => o !== d && (o.path === "/" ? d.path !== "/" : d.path.startsWith(`${o.path}/`))));
  if (outer.length > 0) {
    const bytes = outer.reduce((s, d) => s + d.sizeBytes, 0);
    const ign = ctx.ignoring ? ", ignore not applied" : "";
    return { bytes, note: `approximated from directory sizes (depth ${report.directoryDepth}${ign})`, measurable: true };
  }
  const base = globBase(pattern);
  const depth2 = base === "/" ? 0 : base.split("/").length - 1;
  if (depth2 > report.directoryDepth || report.directoriesOmitted > 0) {
    return { bytes: 0, note: `not measurable from a saved report: directory sizes go to depth ${report.directoryDepth}${report.directoriesOmitted > 0 ? ` and omit ${report.directoriesOmitted}` : ""}`, measurable: false };
  }
  return { bytes: 0, note: "approximated from directory sizes: nothing matches", measurable: true };
}
function ignoreNote(ctx, approximate, how) {
  return ctx.ignoring ? `ignored paths left out${approximate ? ` (${how})` : ""}` : void 0;
}
function withNote(m, note) {
  if (note) m.note = note;
  return m;
}
function growth(name, spec, measure) {
  const unit = spec.unit === "size" ? "bytes" : "percent";
  return rule({
    name,
    spec,
    default: null,
    measure: (ctx, limit) => [ctx.diff ? measure(ctx.diff, limit, ctx) : { rule: name, limit, unit, actual: 0, skip: "no baseline; growth rules not evaluated" }],
    message: limitMessage
  });
}
function worstLayer(name, unit, limit, diff, ctx, key) {
  const cands = diff.layers.filter((l) => l.status !== "removed" && l.status !== "unchanged" && key(l) !== null);
  const worst = [...cands].sort((x, y) => key(y) - key(x) || x.headIndex - y.headIndex)[0];
  if (!worst) return { rule: name, limit, unit, actual: 0, skip: "no layer changed or was added" };
  return { rule: name, limit, unit, actual: key(worst), subject: `largest layer growth, ${layerName(ctx.report, worst.headIndex)} (${worst.status}),`, signed: true };
}
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
var BUDGET_RULES = [
  rule({
    name: "total",
    spec: size(),
    default: null,
    measure: (ctx, limit) => [{ rule: "total", limit, unit: "bytes", actual: ctx.report.totals.totalBytes, subject: "total" }],
    message: limitMessage
  }),
  rule({
    name: "compressed",
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      const t2 = ctx.report.totals;
      const note = t2.compressedKind === "compressed" ? void 0 : "some stored layers are uncompressed tars, so this is partly their tar size";
      return [withNote({ rule: "compressed", limit, unit: "bytes", actual: t2.compressedBytes, subject: "compressed size" }, note)];
    },
    message: limitMessage
  }),
  rule({
    name: "layer",
    spec: size(),
    default: null,
    measure: ({ report }, limit) => {
      const largest = [...report.layers].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
      if (!largest) return [{ rule: "layer", limit, unit: "bytes", actual: 0, skip: "no layers" }];
      const over = report.layers.filter((l) => l.contentBytes > limit.value).length;
      return [withNote({ rule: "layer", limit, unit: "bytes", actual: largest.contentBytes, subject: `largest layer, ${layerName(report, largest.index)},` }, over > 1 ? `${over} layers are over` : void 0)];
    },
    message: limitMessage
  }),
  rule({
    name: "instructions",
    spec: { kind: "patterns", rule: size() },
    default: [],
    measure: ({ report }, limits) => limits.map((r) => {
      const name = `instructions.${r.pattern}`;
      const limit = { value: r.value, level: r.level };
      const glob = compileGlob(r.pattern, { path: false });
      const matching = report.layers.filter((l) => instructionMatches(glob, l.normalizedInstruction, l.instruction));
      const largest = [...matching].sort((x, y) => y.contentBytes - x.contentBytes || x.index - y.index)[0];
      if (!largest) return { rule: name, limit, unit: "bytes", actual: 0, skip: `no layer's instruction matches "${r.pattern}"` };
      const count = matching.length === 1 ? "" : `${matching.length} layers match; largest is `;
      return { rule: name, limit, unit: "bytes", actual: largest.contentBytes, subject: `${count}${layerName(report, largest.index)}` };
    }),
    message: limitMessage
  }),
  rule({
    name: "paths",
    spec: { kind: "patterns", rule: size() },
    default: [],
    measure: (ctx, limits) => limits.map((r) => {
      const name = `paths.${r.pattern}`;
      const limit = { value: r.value, level: r.level };
      const m = pathBytes(ctx, r.pattern);
      if (!m.measurable) return { rule: name, limit, unit: "bytes", actual: 0, skip: `${r.pattern}: ${m.note}` };
      return withNote({ rule: name, limit, unit: "bytes", actual: m.bytes, subject: r.pattern }, m.note ?? void 0);
    }),
    message: limitMessage
  }),
  rule({
    name: "wasted",
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      return [withNote({ rule: "wasted", limit, unit: "bytes", actual: w.wasted, subject: "wasted" }, ignoreNote(ctx, w.approximate, "approximated from the top wasted paths"))];
    },
    message: limitMessage
  }),
  rule({
    name: "wastedPercent",
    spec: percent(),
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      const total = ctx.report.totals.totalBytes;
      return [withNote({ rule: "wastedPercent", limit, unit: "percent", actual: total === 0 ? 0 : w.wasted / total * 100, subject: "wasted" }, ignoreNote(ctx, w.approximate, "approximated from the top wasted paths"))];
    },
    message: limitMessage
  }),
  rule({
    name: "efficiency",
    spec: { kind: "rule", unit: "ratio", bound: "min" },
    default: null,
    measure: (ctx, limit) => {
      const w = ctx.waste();
      const total = ctx.report.totals.totalBytes;
      return [withNote({ rule: "efficiency", limit, unit: "ratio", actual: total === 0 ? 1 : (total - w.wasted) / total, subject: "efficiency", min: true }, ignoreNote(ctx, w.approximate, "approximated from the top wasted paths"))];
    },
    message: limitMessage
  }),
  rule({
    name: "layerCount",
    spec: { kind: "rule", unit: "count", bound: "max" },
    default: null,
    measure: (ctx, limit) => [{ rule: "layerCount", limit, unit: "count", actual: ctx.report.totals.layerCount, subject: "layer count" }],
    message: limitMessage
  }),
  growth("growth.total", size(), (diff, limit) => ({ rule: "growth.total", limit, unit: "bytes", actual: diff.totals.totalBytes.delta, subject: "growth", signed: true })),
  growth("growth.totalPercent", percent(), (diff, limit) => {
    const p = diff.totals.totalBytes.percent;
    if (p === null) return { rule: "growth.totalPercent", limit, unit: "percent", actual: 0, skip: "the baseline total is 0; growth in percent not evaluated" };
    return { rule: "growth.totalPercent", limit, unit: "percent", actual: p, subject: "growth", signed: true };
  }),
  growth("growth.layer", size(), (diff, limit, ctx) => worstLayer("growth.layer", "bytes", limit, diff, ctx, (l) => l.deltaBytes)),
  growth("growth.layerPercent", percent(), (diff, limit, ctx) => worstLayer("growth.layerPercent", "percent", limit, diff, ctx, (l) => l.deltaPercent)),
  rule({
    name: "duplicates",
    spec: size(),
    default: null,
    measure: (ctx, limit) => {
      if (!ctx.report.duplicates.hashed) return [{ rule: "duplicates", limit, unit: "bytes", actual: 0, skip: "duplicates not measured: file contents were not hashed" }];
      const d = duplicatesLessIgnored(ctx);
      return [withNote({ rule: "duplicates", limit, unit: "bytes", actual: d.bytes, subject: "reclaimable duplicates" }, ignoreNote(ctx, d.approximate, "approximated from the listed groups"))];
    },
    message: limitMessage
  }),
  rule({
    name: "hints",
    spec: { kind: "hintsBudget" },
    default: { failOn: "error", warnOn: null },
    measure: (ctx, hb) => {
      if (!hb.failOn && !hb.warnOn) return [];
      const sev = [];
      for (const h of ctx.report.hints) {
        const level = ctx.hintLevels[h.rule];
        if (level !== "off") sev.push(level ?? h.severity);
      }
      const atLeast = (s) => sev.filter((x) => SEVERITY_RANK[x] >= SEVERITY_RANK[s]).length;
      const failing = hb.failOn ? atLeast(hb.failOn) : 0;
      const warning = hb.warnOn ? atLeast(hb.warnOn) : 0;
      const status = failing > 0 ? "fail" : warning > 0 ? "warn" : "pass";
      const on = status === "fail" ? hb.failOn : status === "warn" ? hb.warnOn : hb.warnOn ?? hb.failOn;
      const n = status === "fail" ? failing : status === "warn" ? warning : 0;
      return [{ rule: "hints", limit: { value: 0, level: "fail" }, unit: "count", actual: n, status, subject: on }];
    },
    message: (m) => m.actual === 0 ? `no hints at or above ${m.subject}` : `${m.actual} hint${m.actual === 1 ? "" : "s"} at or above ${m.subject}`
  })
];
function settingAt(budgets, name) {
  let v = budgets;
  for (const seg of name.split(".")) v = v?.[seg];
  return v;
}
function setAt(target, name, value) {
  const segs = name.split(".");
  let o = target;
  for (const seg of segs.slice(0, -1)) o = o[seg] ??= {};
  o[segs[segs.length - 1]] = value;
}
function defaultBudgets() {
  const out = {};
  for (const r of BUDGET_RULES) setAt(out, r.name, structuredClone(r.default));
  return out;
}

// src/budget/spec.ts
function budgetsSpec() {
  const root = { kind: "object", fields: {} };
  for (const r of BUDGET_RULES) {
    const segs = r.name.split(".");
    let at = root;
    for (const seg of segs.slice(0, -1)) {
      const next = at.fields[seg] ??= { kind: "object", fields: {} };
      if (next.kind !== "object") throw new Error(`budget rule ${r.name}: ${seg} is not a section`);
      at = next;
    }
    at.fields[segs[segs.length - 1]] = r.spec;
  }
  return root;
}
var CONFIG_SPEC = {
  kind: "object",
  fields: {
    budgets: budgetsSpec(),
    ignore: { kind: "stringList" },
    waiver: { kind: "object", fields: { label: { kind: "string" } } },
    comment: {
      kind: "object",
      fields: {
        topHints: { kind: "count" },
        topDirectories: { kind: "count" },
        collapseUnchanged: { kind: "boolean" },
        chart: { kind: "boolean" }
      }
    },
    hints: { kind: "object", fields: { rules: { kind: "hintLevels" } } }
  }
};
function ruleKeys(rule2) {
  return [rule2.bound, "level"];
}
var HINTS_BUDGET_KEYS = ["failOn", "warnOn"];

// src/budget/suggest.ts
function distance(a, b) {
  const n = a.length;
  const m = b.length;
  const d = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[n][m];
}
function closestKey(word, candidates) {
  const w = word.toLowerCase();
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const dd = distance(w, c.toLowerCase());
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

// src/report/limits.ts
var LIMITS = {
  /** longest report text `fromJson` parses, in UTF-16 code units (~32 MB) */
  reportChars: 32 * 1024 * 1024,
  /** longest path (Linux PATH_MAX) */
  pathChars: 4096,
  /** longest history instruction, raw or normalized (longer ones are clipped with `…`) */
  instructionChars: 4096,
  /** longest image reference */
  referenceChars: 4096,
  /** longest digest, diffId or content hash */
  digestChars: 256,
  /** longest image name (repo tag) */
  nameChars: 1024,
  /** most image names */
  names: 100,
  /** most layers */
  layers: 1e3,
  /** longest short string: media type, platform, timestamp, version, rule id, key */
  shortChars: 256,
  /** longest free text: hint title, advice, verdict message */
  textChars: 4e3,
  /** most items of a capped list: top wasted paths, deleted paths, duplicate groups, largest files per layer */
  listItems: 1e3,
  /** most paths per duplicate group */
  groupPaths: 1e3,
  /** most aggregated directories */
  directories: 1e4,
  /** deepest directory aggregation */
  directoryDepth: 64,
  /** most hints */
  hints: 1e3,
  /** most evidence items per hint */
  evidence: 1e3,
  /** most verdicts */
  verdicts: 1e4,
  /** most hiddenBy / hides entries per layer */
  layerRefs: 1e3
};
function clip2(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
}
var DIGEST_CHARS = /[^A-Za-z0-9:+._=-]/g;
function safeDigest(s) {
  return clip2(s.replace(DIGEST_CHARS, "_"), LIMITS.digestChars);
}

// src/hints/credentials.ts
var SECRET_NAME = /(SECRET|TOKEN|PASSW(?:OR)?D|PASSPHRASE|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH(?!OR))/i;
function isSecretName(name) {
  return SECRET_NAME.test(name) && !/^(OLD)?PWD$/i.test(name);
}
var PLACEHOLDER = /^(|changeme|change_me|xxx+|\*+|<.*>|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|your[_-].*|example.*|dummy|test|null|none|false|true|todo)$/i;
function isPlaceholder(value) {
  return PLACEHOLDER.test(value) || /^[$%]/.test(value) || /^\*+$/.test(value);
}
var PEM_PRIVATE = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
var URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:[^\s@/'"]+@/i;
var SHAPES = [
  { kind: "GitHub token", re: /\b(gh[pousr]_)([A-Za-z0-9]{30,})(?![A-Za-z0-9_])/g },
  { kind: "GitHub token", re: /\b(github_pat_)([A-Za-z0-9_]{30,})/g },
  { kind: "npm token", re: /\b(npm_)([A-Za-z0-9]{30,})(?![A-Za-z0-9_])/g },
  { kind: "Slack token", re: /\b(xox[abposr]-)([A-Za-z0-9-]{10,})/g },
  { kind: "GitLab token", re: /\b(glpat-)([A-Za-z0-9_-]{20,})/g },
  { kind: "Google API key", re: /\b(AIza)([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
  { kind: "Stripe key", re: /\b((?:sk|rk)_live_)([0-9A-Za-z]{20,})/g },
  { kind: "AWS access key id", re: /\b(AKIA|ASIA)([0-9A-Z]{16})\b/g, sameLength: true }
];
function maskOf(value) {
  return value.length >= 3 ? "***" : "*".repeat(value.length);
}
var ASSIGNMENT = /(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*|\s*:\s+)(?:(["'])([^"'\n]*)\3|([^\s'"\\;&|)]+))/g;
var SPACED = /(?:\b(ENV|ARG)\s+|(?<![A-Za-z0-9_])--)([A-Za-z_][A-Za-z0-9_.-]*)\s+(?:(["'])([^"'\n]*)\3|([^\s'"\\;&|)-][^\s'"\\;&|)]*))/g;
var AUTH_HEADER = /\bAuthorization:\s*(?:Bearer|Basic|token)\s+([^\s'"\\]+)/gi;
var URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]+)@/gi;
var PEM_BLOCK = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)(?=-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g;
var MAYBE = /[=:]|--|\b(?:ENV|ARG)\s|AKIA|ASIA|gh[pousr]_|github_pat_|npm_|xox[abposr]-|glpat-|AIza|_live_|PRIVATE KEY/;
function findCredentials(text) {
  if (!MAYBE.test(text)) return [];
  const out = [];
  for (const s of SHAPES) {
    for (const m of text.matchAll(s.re)) {
      const start = m.index + m[1].length;
      const body = m[2];
      out.push({ kind: s.kind, start, end: start + body.length, mask: s.sameLength ? "*".repeat(body.length) : "***", certain: true });
    }
  }
  for (const m of text.matchAll(PEM_BLOCK)) {
    const body = m[2];
    if (body.trim() === "" || /^\s*\*+\s*$/.test(body)) continue;
    const start = m.index + m[0].length - body.length;
    out.push({ kind: "private key", start, end: start + body.length, mask: "***", certain: true });
  }
  for (const m of text.matchAll(URL_PASSWORD)) {
    const pw = m[1];
    if (isPlaceholder(pw)) continue;
    const start = m.index + m[0].length - 1 - pw.length;
    out.push({ kind: "URL with a password", start, end: start + pw.length, mask: maskOf(pw), certain: true });
  }
  for (const m of text.matchAll(AUTH_HEADER)) {
    const v = m[1];
    if (isPlaceholder(v)) continue;
    const start = m.index + m[0].length - v.length;
    out.push({ kind: "Authorization header", start, end: start + v.length, mask: maskOf(v), certain: v.length >= 8 });
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1];
    if (!isSecretName(name)) continue;
    const quoted = m[3] !== void 0;
    const value = quoted ? m[4] : m[5];
    if (isPlaceholder(value)) continue;
    const end = m.index + m[0].length - (quoted ? 1 : 0);
    const start = end - value.length;
    const plainUrl = /:\/\//.test(value) && !URL_WITH_PASSWORD.test(value);
    if (plainUrl) continue;
    out.push({ kind: name, start, end, mask: maskOf(value), certain: value.length >= 8 });
  }
  for (const m of text.matchAll(SPACED)) {
    const name = m[2];
    if (!isSecretName(name)) continue;
    const quoted = m[3] !== void 0;
    const value = quoted ? m[4] : m[5];
    if (isPlaceholder(value) || value.length < 4 || /:\/\//.test(value)) continue;
    const end = m.index + m[0].length - (quoted ? 1 : 0);
    out.push({ kind: name, start: end - value.length, end, mask: maskOf(value), certain: m[1] !== void 0 && value.length >= 8 });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
function maskCredentials(text) {
  const found = findCredentials(text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  let i = 0;
  while (i < found.length) {
    const c = found[i];
    let end = c.end;
    let mask = c.mask;
    let j = i + 1;
    for (; j < found.length && found[j].start < end; j++) {
      end = Math.max(end, found[j].end);
      mask = maskOf(text.slice(c.start, end));
    }
    if (c.start >= at) {
      out += text.slice(at, c.start) + mask;
      at = end;
    }
    i = j;
  }
  return out + text.slice(at);
}
function credentialNames(text) {
  return [...new Set(findCredentials(text).filter((c) => c.certain).map((c) => c.kind))];
}

// src/hints/context.ts
function baseFlags(analysis) {
  const { report } = analysis;
  const n = Math.max(report.layers.length, analysis.layerEvents.length);
  const count = report.baseImage.layerCount;
  const flags = [];
  for (let i = 0; i < n; i++) {
    if (count !== null) flags.push(i < count);
    else flags.push(report.layers[i]?.isBase === true);
  }
  return flags;
}
function alignHistory(analysis, layerCount) {
  const nonEmpty = (analysis.image.config.history ?? []).filter((h) => h.empty_layer !== true);
  const out = [];
  for (let i = 0; i < layerCount; i++) out.push(nonEmpty[i]);
  return out;
}
var redact = maskCredentials;
function makeContext(analysis) {
  const { report } = analysis;
  const base = baseFlags(analysis);
  const layerCount = base.length;
  const userLayers = [];
  for (let i = 0; i < layerCount; i++) if (!base[i]) userLayers.push(i);
  const history = alignHistory(analysis, layerCount);
  const layerFiles = [];
  analysis.layerEvents.forEach((events, layer) => {
    for (const event of events) {
      if (event.kind === "file") layerFiles.push({ layer, path: event.path, sizeBytes: event.sizeBytes, event });
    }
  });
  let maxInode = 0;
  for (const f of analysis.visibleFiles) if (f.inode > maxInode) maxInode = f.inode;
  const seenInodes = new Uint8Array(maxInode + 1);
  const visibleInodes = [];
  for (const f of analysis.visibleFiles) {
    if (seenInodes[f.inode] === 0) {
      seenInodes[f.inode] = 1;
      visibleInodes.push(f);
    }
  }
  const tree = analysis.tree;
  let visibleKeys = null;
  const isVisible = (layer, path2) => {
    if (tree !== void 0) {
      const node = tree.lookup(path2);
      const ino = node < 0 ? -1 : tree.inode(node);
      return ino > 0 && tree.inodeLayer(ino) === layer;
    }
    if (visibleKeys === null) {
      visibleKeys = /* @__PURE__ */ new Set();
      for (const f of analysis.visibleFiles) visibleKeys.add(`${f.layer}\0${f.path}`);
    }
    return visibleKeys.has(`${layer}\0${path2}`);
  };
  const rawInstruction = (layer) => report.layers[layer]?.instruction ?? history[layer]?.created_by ?? "";
  return {
    analysis,
    report,
    userLayers,
    isUserLayer: (layer) => base[layer] !== true,
    rawInstruction,
    instruction: (layer) => {
      if (layer === null) return null;
      const l = report.layers[layer];
      const s = l?.normalizedInstruction || l?.instruction || history[layer]?.created_by || "";
      return s === "" ? null : redact(s);
    },
    layerFiles,
    visibleInodes,
    isVisible,
    layerHistory: history
  };
}

// src/hints/util.ts
var EVIDENCE_CAP = 10;
function sumBytes(items) {
  let n = 0;
  for (const i of items) n += i.sizeBytes;
  return n;
}
function basename(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? path2 : path2.slice(i + 1);
}
function dirname(path2) {
  const i = path2.lastIndexOf("/");
  return i <= 0 ? "/" : path2.slice(0, i);
}
function capEvidence(items, cap2 = EVIDENCE_CAP, keepOrder = false) {
  const sorted = keepOrder ? [...items] : [...items].sort(
    (a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.layer ?? -1) - (b.layer ?? -1)
  );
  const evidence = sorted.slice(0, cap2);
  const rest = sorted.slice(cap2);
  return { evidence, omitted: rest.length > 0 ? { count: rest.length, sizeBytes: sumBytes(rest) } : void 0 };
}
function rollup(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const it of items) {
    const p = key(it.path) ?? it.path;
    const k = `${it.layer}\0${p}`;
    const e2 = map.get(k);
    if (e2) {
      e2.sizeBytes += it.sizeBytes;
      e2.files++;
    } else map.set(k, { layer: it.layer, path: p, sizeBytes: it.sizeBytes, files: 1 });
  }
  return [...map.values()];
}
function prefixKey(depth2) {
  return (path2) => {
    const segs = path2.split("/").filter((s) => s !== "");
    if (segs.length <= depth2) return null;
    return `/${segs.slice(0, depth2).join("/")}`;
  };
}
function claimsOf(files) {
  return files.map((f) => ({ layer: f.layer, path: f.path, sizeBytes: f.sizeBytes }));
}
function byLayer(items) {
  const m = /* @__PURE__ */ new Map();
  for (const it of items) {
    const a = m.get(it.layer);
    if (a) a.push(it);
    else m.set(it.layer, [it]);
  }
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}
function userFiles(ctx, test) {
  return ctx.layerFiles.filter((f) => ctx.isUserLayer(f.layer) && test(f.path, f));
}
function makeHint(ctx, spec) {
  const { evidence, omitted } = capEvidence(spec.evidence, spec.evidenceCap ?? EVIDENCE_CAP, spec.evidenceOrdered ?? false);
  const hint = {
    rule: spec.rule,
    severity: spec.severity,
    title: spec.title,
    layer: spec.layer,
    instruction: ctx.instruction(spec.layer),
    evidence,
    advice: spec.advice,
    savingsBytes: spec.savingsBytes ?? sumBytes(spec.claims),
    overlaps: false,
    claims: [...spec.claims]
  };
  if (omitted) hint.evidenceOmitted = omitted;
  if (spec.alternative) hint.alternative = true;
  return hint;
}
function layerLabel(ctx, layer) {
  const ins2 = ctx.instruction(layer);
  if (ins2 === null) return `layer ${layer}`;
  const short = ins2.length > 60 ? `${ins2.slice(0, 57)}\u2026` : ins2;
  return `layer ${layer} (${short})`;
}
function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}
function commonRollupKey(paths) {
  let common = null;
  for (const p of paths) {
    const dirSegs = p.split("/").filter((s) => s !== "").slice(0, -1);
    if (common === null) common = dirSegs;
    else {
      let i = 0;
      while (i < common.length && i < dirSegs.length && common[i] === dirSegs[i]) i++;
      common = common.slice(0, i);
    }
  }
  return prefixKey((common?.length ?? 0) + 1);
}

// src/hints/rules/secrets.ts
var id = "secrets";
var decoder = new TextDecoder("utf-8", { fatal: false });
function isThirdParty(path2) {
  return /\/(node_modules|site-packages|dist-packages)\//.test(path2) || path2.startsWith("/usr/share/doc/");
}
var SSH_KEY_NAME = /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/;
function isCredentialCandidate(path2) {
  const b = basename(path2);
  return /^\.env(\..+)?$/.test(b) || /\.(pem|key|p8)$/i.test(b) || /^id_(rsa|dsa|ecdsa|ed25519)/.test(b) || b === ".npmrc" || b === ".git-credentials" || b === ".netrc" || b === "_netrc" || path2.endsWith("/.aws/credentials") || path2.endsWith("/.docker/config.json") || path2.endsWith("/.git/config");
}
function envSecretKeys(text) {
  const keys = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m || m[1] === void 0 || m[2] === void 0) continue;
    const key = m[1];
    const value = m[2].trim().replace(/^(['"])(.*)\1$/, "$2");
    if (isPlaceholder(value)) continue;
    if (isSecretName(key) && value.length >= 8 || findCredentials(value).some((c) => c.certain)) keys.push(key);
  }
  return keys;
}
function classify(f) {
  if (f.sizeBytes === 0 || isThirdParty(f.path)) return null;
  const b = basename(f.path);
  const content = f.event.content;
  const text = content === void 0 ? null : decoder.decode(content);
  if (text !== null && PEM_PRIVATE.test(text)) return { file: f, what: "private key (PEM)" };
  if (SSH_KEY_NAME.test(b)) return text === null ? { file: f, what: "SSH private key name (content not inspected)" } : null;
  if (/^\.env(\..+)?$/.test(b)) {
    if (text === null) return null;
    const keys = envSecretKeys(text);
    return keys.length > 0 ? { file: f, what: `.env with ${keys.join(", ")}` } : null;
  }
  if (b === ".npmrc") return text !== null && /(_authToken|_auth|_password)\s*=\s*\S/.test(text) ? { file: f, what: ".npmrc with an auth token" } : null;
  if (f.path.endsWith("/.aws/credentials")) {
    if (text === null) return { file: f, what: "AWS credentials file (content not inspected)" };
    return /aws_secret_access_key\s*=\s*\S/i.test(text) ? { file: f, what: "AWS credentials (aws_secret_access_key)" } : null;
  }
  if (f.path.endsWith("/.docker/config.json")) {
    return text !== null && /"(auth|identitytoken)"\s*:\s*"[^"]+"/.test(text) ? { file: f, what: "Docker registry credentials (auths)" } : null;
  }
  if (b === ".git-credentials") return text === null || URL_WITH_PASSWORD.test(text) ? { file: f, what: "git credentials" } : null;
  if (b === ".netrc" || b === "_netrc") return text === null || /\bpassword\s+\S/.test(text) ? { file: f, what: ".netrc with a password" } : null;
  if (f.path.endsWith("/.git/config")) return text !== null && URL_WITH_PASSWORD.test(text) ? { file: f, what: "git remote URL with embedded credentials" } : null;
  return null;
}
function findSecrets(ctx) {
  const out = [];
  for (const f of ctx.layerFiles) {
    const finding = classify(f);
    if (finding) out.push(finding);
  }
  return out;
}
function configSecrets(text) {
  return credentialNames(text);
}
function secrets(ctx) {
  const hints = [];
  const advice = "Treat them as leaked and rotate them: the image config (history and Env) is readable by anyone who can pull the image. Pass build-time secrets with BuildKit (`RUN --mount=type=secret,id=token \u2026`) or build args that are not persisted, and runtime secrets from the environment or a secret store, never `ENV`.";
  for (let layer = 0; layer < ctx.analysis.layerEvents.length; layer++) {
    const what = configSecrets(ctx.rawInstruction(layer));
    if (what.length === 0) continue;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: "error",
        title: `the build instruction of ${layerLabel(ctx, layer)} embeds credentials in the image history: ${what.join(", ")}`,
        layer,
        evidence: [{ path: "<history: created_by>", sizeBytes: 0, layer }],
        advice,
        claims: []
      })
    );
  }
  const emptyNames = [...new Set((ctx.analysis.image.config.history ?? []).filter((h) => h?.empty_layer === true && typeof h.created_by === "string").flatMap((h) => configSecrets(h.created_by)))];
  if (emptyNames.length > 0) {
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: "error",
        title: `the image history embeds credentials in an instruction that made no layer (ENV, ARG \u2026): ${emptyNames.join(", ")}`,
        layer: null,
        evidence: [{ path: "<history: created_by>", sizeBytes: 0, layer: null }],
        advice,
        claims: []
      })
    );
  }
  const cfg = ctx.analysis.image.config.config;
  const env = (cfg?.Env ?? []).filter((e2) => typeof e2 === "string" && configSecrets(e2).length > 0).map((e2) => `<config Env: ${e2.split("=")[0] ?? ""}>`);
  const labels = Object.entries(cfg?.Labels ?? {}).filter(([k, v]) => typeof v === "string" && (isSecretName(k) && v.length >= 8 && !isPlaceholder(v) || configSecrets(v).length > 0)).map(([k]) => `<config Label: ${k}>`);
  if (env.length + labels.length > 0) {
    const names = [...env, ...labels].map((p) => p.replace(/^<config (Env|Label): (.*)>$/, "$2"));
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: "error",
        title: `the image config sets credentials in its ${env.length > 0 && labels.length > 0 ? "environment and labels" : env.length > 0 ? "environment" : "labels"}: ${names.join(", ")}`,
        layer: null,
        evidence: [...env, ...labels].map((path2) => ({ path: path2, sizeBytes: 0, layer: null })),
        advice,
        claims: []
      })
    );
  }
  for (const [layer, list] of byLayer(findSecrets(ctx).map((s) => ({ ...s, layer: s.file.layer })))) {
    const hidden = list.filter((s) => !ctx.isVisible(layer, s.file.path));
    const names = list.map((s) => `${s.file.path} (${s.what})`);
    const shipNote = hidden.length === 0 ? "" : hidden.length === list.length ? " \u2014 deleted by a later layer, but the bytes still ship in this one" : ` \u2014 ${hidden.length} of them deleted later, but the bytes still ship in this layer`;
    hints.push(
      makeHint(ctx, {
        rule: id,
        severity: "error",
        title: `credentials in ${layerLabel(ctx, layer)}: ${names.slice(0, 3).join("; ")}${names.length > 3 ? `; and ${list.length - 3} more` : ""}${shipNote}`,
        layer,
        evidence: list.map((s) => ({ path: s.file.path, sizeBytes: s.file.sizeBytes, layer })),
        advice: `Treat them as leaked and rotate them: anyone who can pull the image can read layer ${layer}, and deleting them in a later layer does not remove them. Keep them out of the build context (\`.dockerignore\`: \`.env*\`, \`*.pem\`, \`*.key\`, \`id_*\`, \`.npmrc\`, \`.git\`), pass build-time secrets with BuildKit (\`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\`), and give runtime secrets to the container from the environment or a secret store.`,
        claims: [],
        evidenceOrdered: true
      })
    );
  }
  return hints;
}
var CREDENTIAL_PREFIX_BYTES = 8 * 1024;
function capture(path2, sizeBytes) {
  return isCredentialCandidate(path2) && !isThirdParty(path2) ? Math.min(sizeBytes, CREDENTIAL_PREFIX_BYTES) : 0;
}

// src/hints/rules/apt-leftovers.ts
var id2 = "apt-leftovers";
var MIN_BYTES = 1e4;
function isAptLeftover(path2) {
  return path2.startsWith("/var/lib/apt/lists/") || /^\/var\/cache\/apt\/[^/]+\.bin$/.test(path2) || /^\/var\/cache\/apt\/archives\/(partial\/)?[^/]+\.deb$/.test(path2);
}
function aptPackages(instruction) {
  const m = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b((?:\s+[^\s&;|)]+)*)/.exec(instruction);
  if (!m || m[1] === void 0) return [];
  return m[1].trim().split(/\s+/).filter((w) => w !== "" && !w.startsWith("-") && !w.startsWith("$"));
}
function aptInstallLine(pkgs) {
  const list = pkgs.length > 0 ? pkgs.join(" ") : "<packages>";
  return `RUN apt-get update && apt-get install -y --no-install-recommends ${list} && rm -rf /var/lib/apt/lists/*`;
}
function aptGroup(path2) {
  if (path2.startsWith("/var/lib/apt/lists/")) return "/var/lib/apt/lists";
  if (path2.startsWith("/var/cache/apt/archives/")) return "/var/cache/apt/archives";
  return path2;
}
function aptLeftovers(ctx) {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && isAptLeftover(p));
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES) continue;
    const raw = ctx.rawInstruction(layer);
    const pkgs = aptPackages(raw);
    const hasDebs = list.some((f) => f.path.endsWith(".deb"));
    const installsHere = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/.test(raw);
    const line = aptInstallLine(pkgs).replace(" && rm -rf", `${hasDebs ? " && apt-get clean" : ""} && rm -rf`);
    const advice = installsHere || pkgs.length > 0 ? `Clean up in the same RUN that installs: \`${line}\`. Deleting them in a later layer saves nothing.` : `Do not leave apt state in this layer: run \`apt-get update\` in the same RUN as the install and end it with \`${hasDebs ? "apt-get clean && " : ""}rm -rf /var/lib/apt/lists/*\`, e.g. \`${line}\`.`;
    hints.push(
      makeHint(ctx, {
        rule: id2,
        severity: "warning",
        title: `apt package lists and caches left in ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: rollup(list, aptGroup).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
        advice,
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/package-caches.ts
var id3 = "package-caches";
var MIN_BYTES2 = 64e3;
var HOME = String.raw`(?:/root|/home/[^/]+|/usr/local/share|/tmp|/app|/usr/src/app|/[^/]+)`;
var CACHE_KINDS = [
  { name: "pip", re: new RegExp(`^(${HOME}/\\.cache/pip)/`), advice: "`pip install --no-cache-dir \u2026` (or `ENV PIP_NO_CACHE_DIR=1`)" },
  { name: "npm", re: new RegExp(`^(${HOME}/\\.npm)/`), advice: "`npm ci --omit=dev && npm cache clean --force` in the same RUN, or `RUN --mount=type=cache,target=/root/.npm npm ci`" },
  { name: "yarn", re: new RegExp(`^(${HOME}/\\.cache/yarn|${HOME}/\\.yarn-cache|/usr/local/share/\\.cache/yarn)/`), advice: "`yarn install --frozen-lockfile && yarn cache clean` in the same RUN" },
  { name: "pnpm", re: new RegExp(`^(${HOME}/\\.local/share/pnpm/store|${HOME}/\\.pnpm-store|${HOME}/\\.cache/pnpm)/`), advice: "`pnpm install --frozen-lockfile && pnpm store prune` in the same RUN, or a cache mount for the store" },
  { name: "go build", re: new RegExp(`^(${HOME}/\\.cache/go-build)/`), advice: "build in a builder stage (`FROM golang AS build`) and `COPY --from=build` only the binary, or `go clean -cache` in the same RUN" },
  { name: "go modules", re: /^((?:\/go|\/root\/go|\/home\/[^/]+\/go)\/pkg\/mod)\//, advice: "build in a builder stage and copy only the binary, or `go clean -modcache` in the same RUN" },
  { name: "maven", re: new RegExp(`^(${HOME}/\\.m2/repository)/`), advice: "build in a builder stage and copy only the jar, or use `RUN --mount=type=cache,target=/root/.m2`" },
  { name: "gradle", re: new RegExp(`^(${HOME}/\\.gradle/(?:caches|wrapper/dists))/`), advice: "build in a builder stage and copy only the artifact, or use a cache mount for `~/.gradle`" },
  { name: "cargo", re: new RegExp(`^(${HOME}/\\.cargo/(?:registry|git)|/usr/local/cargo/(?:registry|git))/`), advice: "build in a builder stage and copy only the binary, or use a cache mount for the cargo registry" },
  { name: "composer", re: new RegExp(`^(${HOME}/\\.composer/cache|${HOME}/\\.cache/composer)/`), advice: "`composer install --no-dev && composer clear-cache` in the same RUN" },
  { name: "apk", re: /^(\/var\/cache\/apk)\//, advice: "`apk add --no-cache \u2026`" },
  { name: "generic ~/.cache", re: /^((?:\/root|\/home\/[^/]+)\/\.cache)\//, advice: "remove `~/.cache` in the same RUN that fills it, or use `RUN --mount=type=cache,target=/root/.cache`" }
];
var MAYBE_CACHE = /\/\.|^\/(?:go|root\/go|home\/[^/]+\/go)\/pkg\/mod\/|^\/var\/cache\/apk\/|^\/usr\/local\/cargo\//;
function cacheOf(path2) {
  if (!MAYBE_CACHE.test(path2)) return null;
  for (const kind of CACHE_KINDS) {
    const m = kind.re.exec(path2);
    if (m && m[1] !== void 0) return { kind, dir: m[1] };
  }
  return null;
}
function packageCaches(ctx) {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && cacheOf(p) !== null);
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES2) continue;
    const groups = rollup(list, (p) => cacheOf(p)?.dir ?? null);
    const kinds = [...new Set(list.map((f) => cacheOf(f.path)?.kind).filter((k) => k !== void 0))];
    const names = kinds.map((k) => k.name);
    hints.push(
      makeHint(ctx, {
        rule: id3,
        severity: "warning",
        title: `${names.join(", ")} cache${kinds.length > 1 ? "s" : ""} left in ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice: kinds.map((k) => `${k.name}: ${k.advice}.`).join(" ") + " A cache deleted in a later layer still ships; it must not reach this layer at all.",
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/dev-dependencies.ts
var id4 = "dev-dependencies";
var MIN_BYTES3 = 1e5;
var WELL_KNOWN_DEV_TOOLS = [
  "eslint",
  "mocha",
  "jest",
  "nodemon",
  "typescript",
  "ts-node",
  "webpack",
  "webpack-cli",
  "prettier",
  "vitest",
  "ava",
  "tap",
  "karma",
  "jasmine",
  "chai",
  "sinon",
  "nyc",
  "c8",
  "rollup",
  "esbuild",
  "vite",
  "parcel",
  "babel-jest",
  "@babel/core",
  "@babel/cli",
  "@types/node",
  "ts-jest",
  "tsx",
  "husky",
  "lint-staged",
  "standard",
  "xo",
  "stylelint",
  "cypress",
  "playwright",
  "@playwright/test",
  "puppeteer",
  "storybook",
  "supertest"
];
var decoder2 = new TextDecoder();
function json(event) {
  if (event.content === void 0 || event.content.length !== event.sizeBytes) return null;
  try {
    return JSON.parse(decoder2.decode(event.content));
  } catch {
    return null;
  }
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isAppPath(path2) {
  return !path2.includes("/node_modules/") && !/^\/(usr\/(lib|lib64|libexec|share|include|bin|sbin|local\/lib|local\/share|local\/bin)|lib|lib64|bin|sbin|etc|var\/lib|proc|sys)\//.test(path2);
}
function latest(ctx, test) {
  const m = /* @__PURE__ */ new Map();
  for (const f of ctx.layerFiles) if (test(f.path) && f.event.content !== void 0) m.set(f.path, f.event);
  return m;
}
function packageDirOf(rel) {
  const segs = rel.split("/");
  const out = [];
  let i = 0;
  for (; ; ) {
    const first = segs[i];
    if (first === void 0) return null;
    const scoped = first.startsWith("@");
    const nameLen = scoped ? 2 : 1;
    if (segs.length < i + nameLen + 1) return null;
    out.push(segs.slice(i, i + nameLen).join("/"));
    i += nameLen;
    if (segs[i] === "node_modules") {
      out.push("node_modules");
      i++;
      continue;
    }
    return out.join("/");
  }
}
function devPackages(ctx) {
  const manifests = latest(ctx, (p) => p.endsWith("/package.json") && isAppPath(p));
  const locks = latest(ctx, (p) => p.endsWith("/node_modules/.package-lock.json") || p.endsWith("/package-lock.json") && isAppPath(p));
  const apps = [];
  const dirs = /* @__PURE__ */ new Set();
  for (const p of manifests.keys()) dirs.add(dirname(p));
  for (const p of locks.keys()) dirs.add(p.endsWith("/node_modules/.package-lock.json") ? dirname(dirname(p)) : dirname(p));
  for (const dir of [...dirs].sort()) {
    const prefix = dir === "/" ? "" : dir;
    const lockEvent = locks.get(`${prefix}/node_modules/.package-lock.json`) ?? locks.get(`${prefix}/package-lock.json`);
    const lock = lockEvent ? json(lockEvent) : null;
    if (isObject(lock) && isObject(lock["packages"])) {
      const dev = /* @__PURE__ */ new Set();
      for (const [key, v] of Object.entries(lock["packages"])) {
        if (key.startsWith("node_modules/") && isObject(v) && v["dev"] === true) dev.add(key.slice("node_modules/".length));
      }
      apps.push({ dir, dev, source: "lockfile", anyDepth: false });
      continue;
    }
    const manifestEvent = manifests.get(`${prefix}/package.json`);
    const manifest = manifestEvent ? json(manifestEvent) : null;
    if (isObject(manifest) && isObject(manifest["devDependencies"])) {
      apps.push({ dir, dev: new Set(Object.keys(manifest["devDependencies"])), source: "package.json", anyDepth: true });
    }
  }
  if (manifests.size === 0 && locks.size === 0) {
    const roots = /* @__PURE__ */ new Set();
    for (const f of ctx.layerFiles) {
      const i = f.path.indexOf("/node_modules/");
      if (i < 0 || !ctx.isUserLayer(f.layer)) continue;
      const root = f.path.slice(0, i);
      if (isAppPath(`${root}/x`)) roots.add(root === "" ? "/" : root);
    }
    for (const dir of [...roots].sort()) apps.push({ dir, dev: new Set(WELL_KNOWN_DEV_TOOLS), source: "well-known", anyDepth: true });
  }
  return apps;
}
function devDependencies(ctx) {
  const hints = [];
  const apps = devPackages(ctx).filter((a) => a.dev.size > 0);
  const byDir = /* @__PURE__ */ new Map();
  for (const app of apps) byDir.set(app.dir, []);
  const appOf = new Map(apps.map((a) => [a.dir, a]));
  if (apps.length > 0) {
    for (const f of ctx.layerFiles) {
      if (f.sizeBytes === 0) continue;
      const i = f.path.indexOf("/node_modules/");
      if (i < 0) continue;
      const dir = i === 0 ? "/" : f.path.slice(0, i);
      const app = appOf.get(dir);
      if (app === void 0 || !ctx.isUserLayer(f.layer)) continue;
      const pkg = packageDirOf(f.path.slice(i + "/node_modules/".length));
      if (pkg === null) continue;
      const name = app.anyDepth ? pkg.split("/node_modules/").pop() ?? pkg : pkg;
      if (app.dev.has(name)) byDir.get(dir).push({ ...f, pkg });
    }
  }
  for (const app of apps) {
    const nm = `${app.dir === "/" ? "" : app.dir}/node_modules/`;
    const hits = byDir.get(app.dir);
    const bytes = sumBytes(hits);
    if (bytes < MIN_BYTES3) continue;
    const layers = [...new Set(hits.map((h) => h.layer))].sort((a, b) => a - b);
    const first = layers[0] ?? null;
    const pkgs = new Set(hits.map((h) => h.pkg));
    const evidence = rollup(hits, (p) => {
      const pkg = packageDirOf(p.slice(nm.length));
      return pkg === null ? null : `${nm}${pkg}`;
    });
    const from = app.source === "lockfile" ? "flagged dev-only in the image's npm lockfile" : app.source === "package.json" ? `listed in ${app.dir}/package.json devDependencies (direct ones only; their own dependencies are not counted)` : "well-known development tools (no package.json content was captured)";
    const install = first === null ? "" : ctx.rawInstruction(first);
    const layersText = layers.length > 1 ? `layers ${layers.join(", ")}` : `layer ${first}`;
    hints.push(
      makeHint(ctx, {
        rule: id4,
        severity: "warning",
        title: `${plural(pkgs.size, "dev-only package")} in ${nm.slice(0, -1)} (${formatBytes(bytes)} over ${layersText})${first !== null ? `, installed by ${layerLabel(ctx, first)}` : ""}`,
        layer: first,
        evidence: evidence.map((e2) => ({ path: e2.path, sizeBytes: e2.sizeBytes, layer: e2.layer })),
        advice: `Install production dependencies only: \`${/\byarn\b/.test(install) ? "RUN yarn install --production --frozen-lockfile" : "RUN npm ci --omit=dev"}\` (packages ${from}). If the build needs them, use a multi-stage build: install and build in a builder stage, run \`npm prune --omit=dev\` there, and \`COPY --from=build ${app.dir}/node_modules ${app.dir}/node_modules\`.`,
        claims: claimsOf(hits)
      })
    );
  }
  return hints;
}
var PACKAGE_JSON_MAX_BYTES = 256 * 1024;
var LOCKFILE_MAX_BYTES = 4 * 1024 * 1024;
var APP_MAX_DEPTH = 6;
function depth(path2) {
  return path2.split("/").length - 1;
}
function capture2(path2, sizeBytes) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  if (name === "package.json") {
    return isAppPath(path2) && depth(path2) <= APP_MAX_DEPTH && sizeBytes <= PACKAGE_JSON_MAX_BYTES ? sizeBytes : 0;
  }
  if (name === "package-lock.json" || name === ".package-lock.json") {
    const app = name === ".package-lock.json" && path2.endsWith("/node_modules/.package-lock.json") ? path2.slice(0, -"/node_modules/.package-lock.json".length) + "/package-lock.json" : path2;
    if (name === ".package-lock.json" && app === path2) return 0;
    return isAppPath(app) && depth(app) <= APP_MAX_DEPTH && sizeBytes <= LOCKFILE_MAX_BYTES ? sizeBytes : 0;
  }
  return 0;
}

// src/hints/rules/build-toolchain.ts
var id5 = "build-toolchain";
var MIN_BYTES4 = 5e5;
var TOOL = /^(?:gcc|g\+\+|c\+\+|cc|cpp|clang|clang\+\+|make|gmake|cmake|ninja|ld|ld\.bfd|ld\.gold|as|gfortran|rustc)(?:-\d+(?:\.\d+)*)?$/;
var TRIPLET_TOOL = /^[a-z0-9_]+-(?:linux|pc-linux)-gnu[a-z]*-(?:gcc|g\+\+|cpp|c\+\+|ld|ld\.bfd|ld\.gold|as|gfortran)(?:-\d+(?:\.\d+)*)?$/;
function toolchainGroup(path2) {
  if (!path2.startsWith("/usr/")) return null;
  if (/^\/usr\/(local\/)?include\//.test(path2)) return path2.startsWith("/usr/local/") ? "/usr/local/include" : "/usr/include";
  const gcc = /^(\/usr\/(?:lib|libexec)\/gcc(?:-cross)?)\//.exec(path2);
  if (gcc && gcc[1] !== void 0) return gcc[1];
  if (/^\/usr\/(local\/)?bin\/[^/]+$/.test(path2)) {
    const b = basename(path2);
    if (TOOL.test(b) || TRIPLET_TOOL.test(b)) return path2;
  }
  if (/^\/usr\/lib\/[^/]+-linux-gnu[^/]*\/[^/]+\.a$/.test(path2)) return "/usr/lib/*-linux-gnu/*.a";
  if (/^\/usr\/lib\/[^/]+-linux-gnu[^/]*\/(libbfd|libopcodes|libctf|libgprofng)[^/]*$/.test(path2)) return "/usr/lib/*-linux-gnu/libbfd+opcodes";
  return null;
}
function buildToolchain(ctx) {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && toolchainGroup(f.path) !== null);
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES4) continue;
    const groups = rollup(list, toolchainGroup);
    const hasCompiler = list.some((f) => /\/(gcc|g\+\+|cc|clang|make)(-[\d.]+)?$/.test(f.path) || /\/gcc\//.test(f.path));
    hints.push(
      makeHint(ctx, {
        rule: id5,
        severity: "warning",
        title: `build toolchain${hasCompiler ? "" : " (headers and static libraries)"} in the final image from ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice: "Use a multi-stage build: install the compilers and `-dev` packages in a builder stage, build there, and `COPY --from=build` only the artifacts into a runtime stage that installs the runtime libraries alone. If a single stage is unavoidable, remove them in the same RUN: `apt-get purge -y --auto-remove <build deps>`. With Debian's npm, `node-gyp` pulls headers in; `--no-install-recommends` and a builder stage avoid them.",
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/archives-left.ts
var id6 = "archives-left";
var MIN_BYTES5 = 1e4;
function isArchive(path2) {
  return ARCHIVE.test(path2);
}
var ARCHIVE = /\.(?:zip|tgz|tbz|tbz2|txz|tzst|whl|deb|udeb|rpm|apk|7z|rar|tar(?:\.(?:gz|bz2|xz|zst|lz4|lzma|lz|z))?)$/i;
function archivesLeft(ctx) {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && isArchive(f.path));
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES5) continue;
    const example = list.reduce((a, b) => b.sizeBytes > a.sizeBytes ? b : a);
    hints.push(
      makeHint(ctx, {
        rule: id6,
        severity: "warning",
        title: `${plural(list.length, "archive")} left in the final image by ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: list.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice: `Download, unpack and delete in one RUN, e.g. \`RUN curl -fsSLo /tmp/${basename(example.path)} <url> && <unpack/install> && rm /tmp/${basename(example.path)}\`, or fetch and unpack in a builder stage and \`COPY --from=build\` the unpacked result. A \`COPY\`ed archive can be replaced by \`ADD <local.tar.gz> <dir>/\`, which unpacks it without keeping the archive.`,
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/backups-and-logs.ts
var id7 = "backups-and-logs";
var MIN_BYTES6 = 1e3;
function isBackupOrLog(path2) {
  if (!path2.startsWith("/etc/") && !path2.startsWith("/var/")) return false;
  return /^\/etc\/(passwd|group|shadow|gshadow|subuid|subgid)-$/.test(path2) || /^\/var\/(cache\/debconf|lib\/dpkg)\/.*-old$/.test(path2) || /^\/var\/log\/.*\.log(\.\d+)?(\.(gz|xz))?$/.test(path2) || /^\/var\/log\/apt\//.test(path2) || /^\/var\/log\/(faillog|lastlog|wtmp|btmp)$/.test(path2);
}
function backupsAndLogs(ctx) {
  const files = userFiles(ctx, (p, f) => f.sizeBytes > 0 && isBackupOrLog(p));
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES6) continue;
    const raw = ctx.rawInstruction(layer);
    const tips = [];
    if (list.some((f) => /\/(lastlog|faillog)$/.test(f.path)) && /\buseradd\b/.test(raw)) {
      tips.push("`useradd --no-log-init` (`-l`) does not grow `/var/log/lastlog` and `faillog` (their size scales with the UID)");
    }
    tips.push(
      "end the same RUN with `rm -f /etc/passwd- /etc/group- /etc/shadow- /etc/gshadow- /var/cache/debconf/*-old /var/lib/dpkg/*-old /var/log/*.log /var/log/apt/*` (deleting them in a later layer saves nothing)"
    );
    hints.push(
      makeHint(ctx, {
        rule: id7,
        severity: "info",
        title: `backups and logs written by ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: list.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice: `${tips.map((t2) => t2.charAt(0).toUpperCase() + t2.slice(1)).join(". ")}.`,
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/python-bytecode-and-vcs.ts
var id8 = "python-bytecode-and-vcs";
var MIN_BYTECODE_BYTES = 1e5;
function bytecodeGroup(path2) {
  if (!path2.includes("__pycache__/") && !path2.endsWith(".pyc") && !path2.endsWith(".pyo")) return null;
  if (/^\/usr\/lib\/python[\d.]*\//.test(path2) || /^\/usr\/share\/(python|pyshared)/.test(path2)) return null;
  const m = /^(.*\/__pycache__)\/[^/]+$/.exec(path2);
  if (m && m[1] !== void 0) return m[1];
  if (/\.py[co]$/.test(path2)) return path2;
  return null;
}
function vcsDir(path2) {
  if (!path2.includes("/.git/") && !path2.includes("/.hg/") && !path2.includes("/.svn/")) return null;
  const m = /^(.*?\/\.(?:git|hg|svn))\//.exec(path2);
  return m && m[1] !== void 0 ? m[1] : null;
}
function pythonBytecodeAndVcs(ctx) {
  const hints = [];
  const user = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer));
  const pyc = user.filter((f) => f.sizeBytes > 0 && bytecodeGroup(f.path) !== null);
  for (const [layer, list] of byLayer(pyc)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTECODE_BYTES) continue;
    const dirs = rollup(list, (p) => {
      const g = bytecodeGroup(p);
      return g === null ? null : g.replace(/(.)\/[^/]+\/__pycache__$/, "$1/**/__pycache__").replace(/(site-packages|dist-packages)\/.*$/, "$1/**/__pycache__");
    });
    hints.push(
      makeHint(ctx, {
        rule: id8,
        severity: "info",
        title: `Python bytecode baked into ${layerLabel(ctx, layer)}: ${formatBytes(bytes)} in ${plural(list.length, "file")}`,
        layer,
        evidence: dirs.map((d) => ({ path: d.path, sizeBytes: d.sizeBytes, layer: d.layer })),
        advice: "Do not write bytecode at build time: `ENV PYTHONDONTWRITEBYTECODE=1` and `pip install --no-compile --no-cache-dir \u2026`, and keep `__pycache__` and `*.pyc` out of the context with `.dockerignore`. (Keep it if start-up time matters more than size.)",
        claims: claimsOf(list)
      })
    );
  }
  const vcs = user.filter((f) => vcsDir(f.path) !== null);
  for (const [layer, list] of byLayer(vcs)) {
    const bytes = sumBytes(list);
    const groups = rollup(list, vcsDir);
    hints.push(
      makeHint(ctx, {
        rule: id8,
        severity: "info",
        title: `version-control ${groups.length === 1 ? "directory" : "directories"} in ${layerLabel(ctx, layer)}: ${groups.map((g) => g.path).slice(0, 3).join(", ")} (${formatBytes(bytes)})`,
        layer,
        evidence: groups.map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice: "Add `.git` (and `.hg`, `.svn`) to `.dockerignore` so `COPY . .` leaves them out; a cloned repository should be cloned with `--depth 1` in a builder stage and only its files copied. The history can hold secrets that were removed from the working tree long ago.",
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/docs-and-locales.ts
var id9 = "docs-and-locales";
var MIN_BYTES7 = 1e5;
function docsGroup(path2) {
  if (!path2.startsWith("/usr/")) return null;
  const m = /^(\/usr\/(?:local\/)?share\/(?:doc|man|info|locale|gtk-doc|help|doc-base|lintian))\//.exec(path2);
  if (!m || m[1] === void 0) return null;
  if (/^\/usr\/share\/doc\/[^/]+\/copyright$/.test(path2)) return null;
  if (path2 === "/usr/share/locale/locale.alias") return null;
  return m[1];
}
var DPKG_EXCLUDES = "RUN printf 'path-exclude /usr/share/doc/*\\npath-include /usr/share/doc/*/copyright\\npath-exclude /usr/share/man/*\\npath-exclude /usr/share/info/*\\npath-exclude /usr/share/locale/*\\npath-include /usr/share/locale/locale.alias\\n' > /etc/dpkg/dpkg.cfg.d/01-nodoc";
function docsAndLocales(ctx) {
  const files = ctx.visibleInodes.filter((f) => ctx.isUserLayer(f.layer) && f.sizeBytes > 0 && docsGroup(f.path) !== null);
  const hints = [];
  for (const [layer, list] of byLayer(files)) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES7) continue;
    hints.push(
      makeHint(ctx, {
        rule: id9,
        severity: "info",
        title: `docs, man pages and locales from ${layerLabel(ctx, layer)}: ${formatBytes(bytes)}`,
        layer,
        evidence: rollup(list, docsGroup).map((g) => ({ path: g.path, sizeBytes: g.sizeBytes, layer: g.layer })),
        advice: `Tell dpkg not to install them, before the first \`apt-get install\`: \`${DPKG_EXCLUDES}\`. Or remove them in the same RUN as the install: \`rm -rf /usr/share/doc/*/[!c]* /usr/share/man/* /usr/share/info/* /usr/share/locale/*\` (keep \`/usr/share/doc/*/copyright\` for licence compliance). Alpine: do not install \`*-doc\` packages.`,
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/attribute-copy-up.ts
var id10 = "attribute-copy-up";
var MIN_BYTES8 = 1e5;
function copyUpAdvice(raw) {
  const chown = /\bchown\s+(?:-\S+\s+)*([^\s&;]+)\s+([^\s&;]+)/.exec(raw);
  const chmod = /\bchmod\s+(?:-\S+\s+)*([^\s&;]+)\s+([^\s&;]+)/.exec(raw);
  const parts = [];
  if (chown && chown[1] !== void 0 && chown[2] !== void 0) {
    parts.push(
      `Set the owner when the files are written instead of \`chown -R ${chown[1]} ${chown[2]}\` afterwards: \`COPY --chown=${chown[1]} . ${chown[2]}\` for copied files, and create the user first and run the step that writes the rest as that user (\`USER ${chown[1].split(":")[0]}\` before \`RUN npm ci\`), or chown in that same RUN.`
    );
  }
  if (chmod && chmod[1] !== void 0 && chmod[2] !== void 0 && !chmod[1].startsWith("-")) {
    parts.push(
      `Set modes where the files are written instead of \`chmod ${chmod[1]} ${chmod[2]}\` in a later layer: \`COPY --chmod=<mode>\` for copied files, or chmod in the same RUN that creates them.`
    );
  }
  if (parts.length === 0) {
    parts.push(
      "Change ownership, modes and timestamps in the same RUN that writes the files (or with `COPY --chown`/`--chmod`); in a later layer every touched file is copied up whole."
    );
  }
  return parts.join(" ");
}
function attributeCopyUp(ctx) {
  const items = ctx.analysis.wasted.filter((w) => w.cause === "attribute-copy-up" && w.sizeBytes > 0 && ctx.isUserLayer(w.hiddenBy));
  const byHider = /* @__PURE__ */ new Map();
  for (const w of items) {
    const a = byHider.get(w.hiddenBy);
    if (a) a.push(w);
    else byHider.set(w.hiddenBy, [w]);
  }
  const hints = [];
  for (const [hider, list] of [...byHider.entries()].sort((a, b) => a[0] - b[0])) {
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES8) continue;
    const holders = [...new Set(list.map((w) => w.layer))].sort((a, b) => a - b);
    const key = commonRollupKey(list.map((w) => w.path));
    hints.push(
      makeHint(ctx, {
        rule: id10,
        severity: "warning",
        title: `${layerLabel(ctx, hider)} copied ${plural(list.length, "file")} up only to change attributes: ${formatBytes(bytes)} shipped twice (held by layer ${holders.join(", ")})`,
        layer: hider,
        evidence: rollup(list, key).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
        advice: copyUpAdvice(ctx.rawInstruction(hider)),
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/deleted-later.ts
var id11 = "deleted-later";
var MIN_BYTES9 = 1e5;
var CAUSES = /* @__PURE__ */ new Set(["deleted-file", "deleted-dir", "opaque", "replaced-dir", "overwritten"]);
function hiderIndex(ctx, layer, cache) {
  let m = cache.get(layer);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const e2 of ctx.analysis.layerEvents[layer] ?? []) {
      const prev = m.get(e2.path);
      if (prev === void 0 || prev === "dir" || e2.kind === "whiteout" || e2.kind === "opaque") m.set(e2.path, e2.kind);
    }
    cache.set(layer, m);
  }
  return m;
}
function rootOf(item, index) {
  if (item.cause === "overwritten") return item.path;
  let p = item.path;
  for (; ; ) {
    const kind = index.get(p);
    if (kind === "whiteout" || kind === "opaque") return p;
    if (kind !== void 0 && kind !== "dir" && p !== item.path) return p;
    if (p === "/" || p === "") return item.path;
    p = dirname(p);
  }
}
function deletedLater(ctx) {
  const cache = /* @__PURE__ */ new Map();
  const pairs = /* @__PURE__ */ new Map();
  for (const w of ctx.analysis.wasted) {
    if (w.sizeBytes === 0 || !CAUSES.has(w.cause) || !ctx.isUserLayer(w.layer) || !ctx.isUserLayer(w.hiddenBy)) continue;
    const k = `${w.layer}:${w.hiddenBy}`;
    const a = pairs.get(k);
    if (a) a.push(w);
    else pairs.set(k, [w]);
  }
  const hints = [];
  const keys = [...pairs.keys()].sort((a, b) => {
    const [a1, a2] = a.split(":").map(Number);
    const [b1, b2] = b.split(":").map(Number);
    return (a1 ?? 0) - (b1 ?? 0) || (a2 ?? 0) - (b2 ?? 0);
  });
  for (const k of keys) {
    const list = pairs.get(k) ?? [];
    const bytes = sumBytes(list);
    if (bytes < MIN_BYTES9) continue;
    const first = list[0];
    if (first === void 0) continue;
    const holder = first.layer;
    const hider = first.hiddenBy;
    const index = hiderIndex(ctx, hider, cache);
    const roots = /* @__PURE__ */ new Map();
    for (const w of list) {
      const r = rootOf(w, index);
      const e2 = roots.get(r);
      if (e2) {
        e2.sizeBytes += w.sizeBytes;
        e2.files++;
      } else roots.set(r, { sizeBytes: w.sizeBytes, files: 1 });
    }
    const onlyOverwrites = list.every((w) => w.cause === "overwritten");
    const verb = onlyOverwrites ? "rewrites" : list.some((w) => w.cause === "overwritten") ? "deletes or rewrites" : "deletes";
    const rootList = [...roots.keys()].sort((a, b) => (roots.get(b)?.sizeBytes ?? 0) - (roots.get(a)?.sizeBytes ?? 0));
    const shown = rootList.slice(0, 3).join(" ");
    hints.push(
      makeHint(ctx, {
        rule: id11,
        severity: "warning",
        title: `${formatBytes(bytes)} (${plural(list.length, "file")}) added by ${layerLabel(ctx, holder)} and ${onlyOverwrites ? "rewritten" : "deleted"} by ${layerLabel(ctx, hider)} still ship`,
        layer: holder,
        evidence: rootList.map((r) => ({ path: r, sizeBytes: roots.get(r)?.sizeBytes ?? 0, layer: holder })),
        advice: `Layer ${hider} ${verb} them, but the bytes stay in layer ${holder}. ` + (onlyOverwrites ? "Write the final content once, in a single layer, or produce it in a builder stage." : `Remove them in the same RUN that creates them (\`RUN <download> && <unpack/install> && rm -rf ${shown}\`), or do the download and unpacking in a builder stage and \`COPY --from=build\` only the result.`),
        claims: claimsOf(list)
      })
    );
  }
  return hints;
}

// src/hints/rules/duplicate-content.ts
var id12 = "duplicate-content";
var MIN_FILE_BYTES = 4096;
var MIN_BYTES10 = 5e4;
function isExempt(path2) {
  return /^\/(usr\/(?!local\/)|lib|lib32|lib64|libx32|bin|sbin|etc|var\/lib)\b/.test(path2) || /^\/usr\/local\/share\/(doc|man|info)\//.test(path2);
}
function order(a, b) {
  return a.layer - b.layer || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function redundantCopies(ctx) {
  const groups = /* @__PURE__ */ new Map();
  let hashed = false;
  for (const f of ctx.visibleInodes) {
    if (f.contentHash === void 0) continue;
    hashed = true;
    if (f.sizeBytes < MIN_FILE_BYTES || isExempt(f.path)) continue;
    const k = `${f.contentHash}:${f.sizeBytes}`;
    const a = groups.get(k);
    if (a) a.push(f);
    else groups.set(k, [f]);
  }
  if (!hashed) {
    const byPath = new Map(ctx.analysis.visibleFiles.map((f) => [f.path, f]));
    for (const g of ctx.report.duplicates.groups) {
      if (g.sizeBytes < MIN_FILE_BYTES) continue;
      const seen = /* @__PURE__ */ new Set();
      const files = [];
      for (const p of g.paths) {
        const f = byPath.get(p);
        if (f && !seen.has(f.inode) && !isExempt(f.path)) {
          seen.add(f.inode);
          files.push(f);
        }
      }
      groups.set(`${g.contentHash}:${g.sizeBytes}`, files);
    }
  }
  const out = [];
  for (const files of groups.values()) {
    if (files.length < 2) continue;
    const sorted = [...files].sort(order);
    const keep = sorted[0];
    if (keep === void 0) continue;
    for (const f of sorted.slice(1)) if (ctx.isUserLayer(f.layer)) out.push({ file: f, keep });
  }
  return out;
}
function duplicateContent(ctx) {
  const copies = redundantCopies(ctx).map((c) => ({ ...c, layer: c.file.layer }));
  const hints = [];
  for (const [layer, list] of byLayer(copies)) {
    const files = list.map((c) => c.file);
    const bytes = sumBytes(files);
    if (bytes < MIN_BYTES10) continue;
    const top = [...list].sort((a, b) => b.file.sizeBytes - a.file.sizeBytes)[0];
    hints.push(
      makeHint(ctx, {
        rule: id12,
        severity: "info",
        title: `${plural(list.length, "duplicate file")} in ${layerLabel(ctx, layer)} repeat content already in the image: ${formatBytes(bytes)}`,
        layer,
        evidence: files.map((f) => ({ path: f.path, sizeBytes: f.sizeBytes, layer: f.layer })),
        advice: (top ? `For example \`${top.file.path}\` is identical to \`${top.keep.path}\` (layer ${top.keep.layer}). ` : "") + "Keep one copy: make the others hardlinks (`ln`, in the same RUN) or symlinks, copy the file once and point configuration at it, or run `npm dedupe` / `pip` with a shared site-packages. In a multi-stage build, `COPY --from` each artifact once.",
        claims: claimsOf(files)
      })
    );
  }
  return hints;
}

// src/hints/rules/apt-update-alone.ts
var id13 = "apt-update-alone";
var UPDATE = /\bapt(?:-get)?\s+(?:-\S+\s+)*update\b/;
var INSTALL = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b/;
function aptUpdateAlone(ctx) {
  const hints = [];
  const layers = ctx.userLayers;
  for (const i of layers) {
    const raw = ctx.rawInstruction(i);
    if (!UPDATE.test(raw) || INSTALL.test(raw)) continue;
    const j = layers.find((k) => k > i && INSTALL.test(ctx.rawInstruction(k)));
    if (j === void 0) continue;
    const lists = ctx.layerFiles.filter((f) => f.layer === i && f.path.startsWith("/var/lib/apt/lists/"));
    const pkgs = aptPackages(ctx.rawInstruction(j));
    hints.push(
      makeHint(ctx, {
        rule: id13,
        severity: "warning",
        title: `\`apt-get update\` runs alone in ${layerLabel(ctx, i)}; the install is in layer ${j}`,
        layer: i,
        evidence: lists.length > 0 ? [{ path: "/var/lib/apt/lists", sizeBytes: sumBytes(lists), layer: i }] : [],
        advice: `Merge the two RUNs so the index is never cached apart from the install: \`${aptInstallLine(pkgs)}\`. A cached update layer makes later installs use a stale index (or fail on vanished package versions).`,
        claims: []
      })
    );
  }
  return hints;
}

// src/hints/rules/cache-busting-order.ts
var id14 = "cache-busting-order";
var ECOSYSTEMS = [
  {
    name: "npm",
    manifests: /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|\.npmrc)$/,
    install: /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?(\s|$)|pnpm\s+(install|i)\b)/,
    copyFirst: "package.json package-lock.json",
    installLine: "RUN npm ci --omit=dev"
  },
  {
    name: "pip",
    manifests: /^(requirements[\w.-]*\.txt|Pipfile|Pipfile\.lock|pyproject\.toml|poetry\.lock|uv\.lock|setup\.py|setup\.cfg)$/,
    install: /\b(pip3?\s+install\b|poetry\s+install\b|pipenv\s+install\b|uv\s+(sync|pip\s+install)\b)/,
    copyFirst: "requirements.txt",
    installLine: "RUN pip install --no-cache-dir -r requirements.txt"
  },
  { name: "bundler", manifests: /^(Gemfile|Gemfile\.lock)$/, install: /\bbundle(\s+install)?\b/, copyFirst: "Gemfile Gemfile.lock", installLine: "RUN bundle install" },
  { name: "go", manifests: /^(go\.mod|go\.sum)$/, install: /\bgo\s+mod\s+download\b/, copyFirst: "go.mod go.sum", installLine: "RUN go mod download" },
  { name: "composer", manifests: /^(composer\.json|composer\.lock)$/, install: /\bcomposer\s+install\b/, copyFirst: "composer.json composer.lock", installLine: "RUN composer install --no-dev" },
  { name: "maven", manifests: /^pom\.xml$/, install: /\bmvn\b.*\bdependency:(go-offline|resolve)\b/, copyFirst: "pom.xml", installLine: "RUN mvn -B dependency:go-offline" },
  { name: "cargo", manifests: /^(Cargo\.toml|Cargo\.lock)$/, install: /\bcargo\s+fetch\b/, copyFirst: "Cargo.toml Cargo.lock", installLine: "RUN cargo fetch" }
];
var COPY = /(^|\s|#\(nop\)\s*)(COPY|ADD)\s/;
function fromStage(instruction) {
  return /--from[= ]/.test(instruction);
}
function cacheBustingOrder(ctx) {
  const hints = [];
  const workdir = ctx.analysis.image.config.config?.WorkingDir ?? "";
  for (const i of ctx.userLayers) {
    const raw = ctx.rawInstruction(i);
    if (!COPY.test(raw) || fromStage(raw)) continue;
    const files = ctx.layerFiles.filter((f) => f.layer === i);
    for (const eco of ECOSYSTEMS) {
      const manifests = files.filter((f) => eco.manifests.test(basename(f.path)));
      if (manifests.length === 0) continue;
      const others = files.filter((f) => !eco.manifests.test(basename(f.path)));
      if (others.length === 0) continue;
      const j = ctx.userLayers.find((k) => k > i && eco.install.test(ctx.rawInstruction(k)));
      if (j === void 0) continue;
      const dir = dirname(manifests.map((m) => m.path).sort((a, b) => a.length - b.length)[0] ?? "/");
      const dest = dir === workdir ? "./" : `${dir}/`;
      const present = eco.copyFirst.split(" ").filter((n) => manifests.some((m) => basename(m.path) === n));
      const copyFirst = present.length > 0 ? present.join(" ") : eco.copyFirst;
      const installBytes = ctx.report.layers[j]?.contentBytes ?? 0;
      const key = commonRollupKey(others.map((o) => o.path));
      const evidence = [
        ...manifests.map((m) => ({ path: m.path, sizeBytes: m.sizeBytes, layer: i })).sort((a, b) => a.path < b.path ? -1 : 1),
        ...rollup(others, key).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })).sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1))
      ];
      hints.push(
        makeHint(ctx, {
          rule: id14,
          severity: "warning",
          title: `${layerLabel(ctx, i)} copies the sources together with the ${eco.name} manifest before the install in ${layerLabel(ctx, j)}: every source change reinstalls ${formatBytes(installBytes)}`,
          layer: i,
          evidence,
          advice: `Copy the dependency manifests first, install, then copy the rest: \`COPY ${copyFirst} ${dest}\`, \`${eco.installLine}\`, \`COPY . ${dest}\`. The install layer is then rebuilt (and re-pushed) only when the manifests change. Add a \`.dockerignore\` (node_modules, .git, build output) so the context stays small.`,
          claims: [],
          evidenceOrdered: true
        })
      );
      break;
    }
  }
  return hints;
}

// src/hints/rules/heavy-base.ts
var id15 = "heavy-base";
var MIN_BASE_BYTES = 2e8;
var MIN_BASE_SHARE = 0.5;
var MIN_SLIMMABLE_BYTES = 2e7;
var ALREADY_SLIM = /(slim|alpine|distroless|chisel|minimal|busybox|scratch|micro|static|wolfi|ubi-?micro)/i;
function slimmableGroup(path2) {
  const d = docsGroup(path2);
  if (d !== null) return d;
  const t2 = toolchainGroup(path2);
  if (t2 !== null) return /^\/usr\/(local\/)?bin\//.test(t2) ? "/usr/bin (compilers, make, binutils)" : t2;
  if (isAptLeftover(path2)) return aptGroup(path2);
  const c = cacheOf(path2);
  return c ? c.dir : null;
}
function variantsFor(name) {
  const n = (name ?? "").toLowerCase();
  const tag = /:([^@/]+)$/.exec(n)?.[1]?.replace(/-.*$/, "") ?? "<version>";
  if (/(^|\/)node[:@]|(^|\/)node$/.test(n)) {
    return `\`node:${tag}-slim\` (same Debian/glibc, no compilers or docs), \`node:${tag}-alpine\` (musl: native modules must be rebuilt, smaller still), or \`gcr.io/distroless/nodejs${/^\d+$/.test(tag) ? tag : "<major>"}-debian12\` (no shell or npm at runtime: copy node_modules from a builder stage)`;
  }
  if (/(^|\/)python[:@]|(^|\/)python$/.test(n)) {
    return `\`python:${tag}-slim\` (glibc, wheels keep working), \`python:${tag}-alpine\` (musl: many wheels must compile), or \`gcr.io/distroless/python3-debian12\` (no shell, no pip at runtime)`;
  }
  if (/(^|\/)(golang|rust)[:@]|(^|\/)(golang|rust)$/.test(n)) {
    return "a builder stage on this image and a runtime stage on `gcr.io/distroless/static-debian12` or `scratch` for a static binary (no shell, no libc: build with CGO_ENABLED=0)";
  }
  if (/(openjdk|temurin|maven|gradle|java)/.test(n)) {
    return "a `-jre` variant instead of a JDK (`eclipse-temurin:<v>-jre`), its `-alpine` form, or `gcr.io/distroless/java<v>-debian12` (no shell)";
  }
  if (/(^|\/)ubuntu[:@]|(^|\/)ubuntu$/.test(n)) {
    return "Ubuntu chiselled images (`ubuntu/<runtime>:<v>_edge` built with chisel: only the needed slices, no shell or apt), or a minimal Ubuntu";
  }
  if (/(^|\/)debian[:@]|(^|\/)debian$/.test(n)) {
    return `\`debian:${tag}-slim\` (no docs, man pages or locales), or distroless \`gcr.io/distroless/base-debian12\` for a self-contained binary (no shell, no apt)`;
  }
  return "the `-slim` variant of the same image (same distribution, no docs, compilers or headers), an `-alpine` variant (musl libc: test native code), distroless images (no shell or package manager at runtime), or chiselled Ubuntu images";
}
function heavyBase(ctx) {
  const count = ctx.report.baseImage.layerCount;
  if (count === null || count <= 0) return [];
  const name = ctx.report.baseImage.name;
  if (name !== null && ALREADY_SLIM.test(name)) return [];
  let baseBytes = 0;
  for (let i = 0; i < count; i++) baseBytes += ctx.report.layers[i]?.contentBytes ?? 0;
  const total = ctx.report.totals.totalBytes;
  if (baseBytes < MIN_BASE_BYTES || total <= 0 || baseBytes / total < MIN_BASE_SHARE) return [];
  const slimmable = ctx.visibleInodes.filter((f) => f.layer < count && f.sizeBytes > 0 && slimmableGroup(f.path) !== null);
  const bytes = sumBytes(slimmable);
  if (bytes < MIN_SLIMMABLE_BYTES) return [];
  const pct2 = Math.round(baseBytes / total * 100);
  return [
    makeHint(ctx, {
      rule: id15,
      severity: "info",
      title: `the base image${name ? ` ${name}` : ""} is ${pct2}% of the image (${formatBytes(baseBytes)} of ${formatBytes(total)}) and carries ${formatBytes(bytes)} a slim variant leaves out`,
      layer: count - 1,
      evidence: rollup(slimmable, slimmableGroup).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
      advice: `Consider a slimmer base: ${variantsFor(name)}. Check what the app needs at runtime first (a shell for scripts, glibc for prebuilt binaries, CA certificates, tzdata). Savings are an estimate: the docs, compilers, headers and caches found in the base.`,
      claims: claimsOf(slimmable)
    })
  ];
}

// src/hints/rules/squash-candidate.ts
var id16 = "squash-candidate";
var MIN_BYTES11 = 1e6;
var MIN_SHARE = 0.5;
function squashCandidate(ctx) {
  const wastedTotal = ctx.report.totals.wastedBytes;
  const items = ctx.analysis.wasted.filter(
    (w) => w.sizeBytes > 0 && (w.cause === "overwritten" || w.cause === "attribute-copy-up") && ctx.isUserLayer(w.layer) && ctx.isUserLayer(w.hiddenBy)
  );
  const bytes = sumBytes(items);
  if (bytes < MIN_BYTES11 || wastedTotal <= 0 || bytes / wastedTotal < MIN_SHARE) return [];
  const pct2 = Math.round(bytes / wastedTotal * 100);
  const firstUser = ctx.userLayers[0] ?? 0;
  return [
    makeHint(ctx, {
      rule: id16,
      severity: "info",
      title: `${pct2}% of the waste (${formatBytes(bytes)} of ${formatBytes(wastedTotal)}) is files written again by later layers: a squash candidate`,
      layer: null,
      evidence: rollup(items, prefixKey(3)).map((r) => ({ path: r.path, sizeBytes: r.sizeBytes, layer: r.layer })),
      advice: `Fix the layers that rewrite files first (see attribute-copy-up and deleted-later). Otherwise squash the layers your Dockerfile adds (from layer ${firstUser}): \`buildah bud --squash\`/\`podman build --squash\`, or a final stage \`FROM <base>\` + \`COPY --from=build / /\`. Limits: a squashed layer is shared with no other image (every change re-pushes and re-pulls all of it), one big layer cannot be pulled in parallel, and the history no longer tells which step added what. The savings overlap those of the other hints.`,
      claims: claimsOf(items),
      alternative: true
    })
  ];
}

// src/hints/index.ts
var RULES = [
  { id: "secrets", severity: "error", description: "credential-looking files (private keys, .env, .npmrc tokens, cloud and registry credentials) in any layer, deleted ones included", run: secrets, capture },
  { id: "apt-leftovers", severity: "warning", description: "apt package lists, caches and downloaded .debs left in a layer", run: aptLeftovers },
  { id: "package-caches", severity: "warning", description: "pip, npm, yarn, pnpm, go, maven, gradle, cargo, composer, apk or ~/.cache caches left in a layer", run: packageCaches },
  { id: "dev-dependencies", severity: "warning", description: "node_modules holding devDependencies (from the image's lockfile or package.json) or well-known dev tools", run: devDependencies, capture: capture2 },
  { id: "build-toolchain", severity: "warning", description: "compilers, make, headers and static libraries in the final image", run: buildToolchain },
  { id: "archives-left", severity: "warning", description: "zip, tar, tgz, whl, deb, rpm and similar archives left in the final image", run: archivesLeft },
  { id: "backups-and-logs", severity: "info", description: "passwd-/shadow- backups, dpkg/debconf -old files, logs, lastlog and faillog written by a layer", run: backupsAndLogs },
  { id: "python-bytecode-and-vcs", severity: "info", description: "application __pycache__/*.pyc and .git/.hg/.svn directories in the final image", run: pythonBytecodeAndVcs },
  { id: "docs-and-locales", severity: "info", description: "docs, man and info pages and locales installed by a layer", run: docsAndLocales },
  { id: "attribute-copy-up", severity: "warning", description: "chown -R / chmod -R in a later layer copied whole trees up unchanged", run: attributeCopyUp },
  { id: "deleted-later", severity: "warning", description: "bytes added by one layer and deleted or rewritten by a later one still ship", run: deletedLater },
  { id: "duplicate-content", severity: "info", description: "identical files at several paths in the final image", run: duplicateContent },
  { id: "apt-update-alone", severity: "warning", description: "`apt-get update` in its own layer, apart from the `apt-get install` that uses it", run: aptUpdateAlone },
  { id: "cache-busting-order", severity: "warning", description: "the whole build context is copied before the dependency install, so every source change reinstalls", run: cacheBustingOrder },
  { id: "heavy-base", severity: "info", description: "a known base image is most of the image and carries what its slim variants drop", run: heavyBase },
  { id: "squash-candidate", severity: "info", description: "most of the waste is files rewritten by later layers; squashing would drop it (with limits)", run: squashCandidate }
];
var RULE_IDS = RULES.map((r) => r.id);
function errorFirst(s) {
  return s === "error" ? 0 : 1;
}
function toHint(d) {
  const h = {
    rule: d.rule,
    severity: d.severity,
    title: clip2(d.title, LIMITS.textChars),
    layer: d.layer,
    instruction: d.instruction === null ? null : clip2(d.instruction, LIMITS.instructionChars),
    evidence: d.evidence.map((e2) => ({ ...e2, path: clip2(e2.path, LIMITS.pathChars) })),
    advice: clip2(d.advice, LIMITS.textChars),
    savingsBytes: d.savingsBytes,
    overlaps: d.overlaps
  };
  if (d.evidenceOmitted) h.evidenceOmitted = d.evidenceOmitted;
  return h;
}
function runHints(analysis, opts2 = {}) {
  const ctx = makeContext(analysis);
  const settings = opts2.rules ?? {};
  const claimed = /* @__PURE__ */ new Set();
  const kept = [];
  RULES.forEach((rule2, order2) => {
    const setting = settings[rule2.id];
    if (setting === "off") return;
    const drafts = rule2.run(ctx).sort((a, b) => b.savingsBytes - a.savingsBytes || (a.layer ?? -1) - (b.layer ?? -1));
    for (const d of drafts) {
      d.severity = setting ?? rule2.severity;
      if (d.alternative) {
        d.overlaps = true;
        kept.push({ hint: d, order: order2 });
        continue;
      }
      const raw = d.savingsBytes;
      let own = 0;
      let taken = 0;
      const mine = /* @__PURE__ */ new Set();
      for (const c of d.claims) {
        const key = `${c.layer}\0${c.path}`;
        if (mine.has(key)) continue;
        mine.add(key);
        if (claimed.has(key)) taken += c.sizeBytes;
        else {
          own += c.sizeBytes;
          claimed.add(key);
        }
      }
      if (d.claims.length > 0) {
        if (raw > 0 && own === 0) continue;
        d.savingsBytes = own;
        if (taken > 0) d.advice += ` (${formatBytes(taken)} of these bytes are already counted by a higher-priority hint, so they are not in this hint's savings.)`;
      }
      kept.push({ hint: d, order: order2 });
    }
  });
  kept.sort(
    (a, b) => errorFirst(a.hint.severity) - errorFirst(b.hint.severity) || b.hint.savingsBytes - a.hint.savingsBytes || a.order - b.order || (a.hint.layer ?? -1) - (b.hint.layer ?? -1)
  );
  return kept.slice(0, LIMITS.hints).map((k) => toHint(k.hint));
}
var CAPTURING = RULES.flatMap((r) => r.capture ? [r.capture] : []);
function captureBytes(path2, sizeBytes) {
  if (sizeBytes <= 0) return 0;
  let n = 0;
  for (const c of CAPTURING) n = Math.max(n, c(path2, sizeBytes));
  return Math.min(n, sizeBytes);
}

// src/budget/units.ts
var UNITS = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
var SIZE_UNITS = ["B", "kB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"];
var SIZE_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)\s*$/;
var PERCENT_RE = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/;
var UnitError = class extends Error {
  name = "UnitError";
};
function show2(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
function parseSize(value) {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return Math.round(value);
    throw new UnitError(`${show2(value)} is not a size; use a number of bytes \u2265 0 or e.g. 500MB or 1.2GiB`);
  }
  const m = SIZE_RE.exec(value);
  const unit = m?.[2]?.toLowerCase() ?? "";
  const factor = unit === "" ? 1 : UNITS[unit];
  if (!m || factor === void 0) throw new UnitError(`${show2(value)} is not a size; use e.g. 500MB or 1.2GiB (units: ${SIZE_UNITS.join(", ")})`);
  return Math.round(Number(m[1]) * factor);
}
function parsePercent(value) {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return value;
  } else {
    const m = PERCENT_RE.exec(value);
    if (m) return Number(m[1]);
  }
  throw new UnitError(`${show2(value)} is not a percent; use e.g. 10%`);
}
function parseRatio(value) {
  let n = null;
  if (typeof value === "number") n = value;
  else if (PERCENT_RE.test(value)) n = parsePercent(value) / 100;
  else if (/^\s*(\d+(?:\.\d+)?|\.\d+)\s*$/.test(value)) n = Number(value);
  if (n === null || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UnitError(`${show2(value)} is not a ratio; use a number from 0 to 1 or a percent such as 90%`);
  }
  return n;
}
function parseCount(value) {
  const n = typeof value === "number" ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new UnitError(`${show2(value)} is not a count; use a whole number such as 30`);
  return n;
}

// src/budget/config.ts
var DEFAULT_WAIVER_LABEL = "layer-budget-waiver";
function defaultConfig() {
  return {
    source: { kind: "default", fileName: null },
    budgets: defaultBudgets(),
    ignore: [],
    waiver: { label: DEFAULT_WAIVER_LABEL },
    comment: { topHints: 5, topDirectories: 10, collapseUnchanged: true, chart: true },
    hints: { rules: {} }
  };
}
var SEVERITIES = ["info", "warning", "error"];
var HINT_LEVELS = ["off", "info", "warning", "error"];
var LEVELS = ["fail", "warn"];
function keyPath(path2) {
  let out = "";
  for (const s of path2) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || "(top level)";
}
function show3(v) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return String(v);
}
var MAX_ERRORS = 50;
function fail(ctx, path2, what, msg) {
  if (ctx.errors.length >= MAX_ERRORS) {
    ctx.more = (ctx.more ?? 0) + 1;
    return void 0;
  }
  const loc = ctx.locate(path2, what);
  ctx.errors.push(`${ctx.where}${loc ? `:${loc}` : ""}: ${keyPath(path2)}: ${msg}`);
  return void 0;
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function unknownKey(ctx, path2, key, allowed) {
  const near = closestKey(key, allowed);
  fail(ctx, [...path2, key], "key", near ? `unknown key; did you mean "${near}"?` : `unknown key; allowed: ${allowed.join(", ")}`);
}
var UNIT_PARSERS = {
  size: parseSize,
  percent: parsePercent,
  ratio: parseRatio,
  count: parseCount
};
function parseUnit(ctx, path2, unit, v) {
  if (typeof v !== "string" && typeof v !== "number") return fail(ctx, path2, "value", `${show3(v)} is not a ${unit}; ${unit === "size" ? "use e.g. 500MB or 1.2GiB" : unit === "percent" ? "use e.g. 10%" : unit === "ratio" ? "use e.g. 0.9 or 90%" : "use e.g. 30"}`);
  try {
    return UNIT_PARSERS[unit](v);
  } catch (err) {
    if (err instanceof UnitError) return fail(ctx, path2, "value", err.message);
    throw err;
  }
}
function parseLevel(ctx, path2, v) {
  if (typeof v === "string" && LEVELS.includes(v)) return v;
  const near = typeof v === "string" ? closestKey(v, LEVELS) : null;
  return fail(ctx, path2, "value", `${show3(v)} is not a level; use fail or warn${near ? ` (did you mean "${near}"?)` : ""}`);
}
function isOff(v) {
  return v === null || v === false || v === "off";
}
function parseRule(ctx, path2, spec, v) {
  if (isOff(v)) return null;
  if (!isObject2(v)) {
    const value2 = parseUnit(ctx, path2, spec.unit, v);
    return value2 === void 0 ? void 0 : { value: value2, level: "fail" };
  }
  const allowed = ruleKeys(spec);
  let ok = true;
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) {
      unknownKey(ctx, path2, k, allowed);
      ok = false;
    }
  }
  if (!(spec.bound in v)) {
    fail(ctx, path2, "value", `missing "${spec.bound}"; write e.g. { ${spec.bound}: ${spec.unit === "size" ? "500MB" : spec.unit === "percent" ? "10%" : spec.unit === "ratio" ? 0.9 : 30}, level: warn }`);
    return void 0;
  }
  const value = parseUnit(ctx, [...path2, spec.bound], spec.unit, v[spec.bound]);
  const level = "level" in v ? parseLevel(ctx, [...path2, "level"], v.level) : "fail";
  if (!ok || value === void 0 || level === void 0) return void 0;
  return { value, level };
}
function parseSeverity(ctx, path2, v) {
  if (isOff(v)) return null;
  if (typeof v === "string" && SEVERITIES.includes(v)) return v;
  return fail(ctx, path2, "value", `${show3(v)} is not a severity; use info, warning, error or off`);
}
function parseHintsBudget(ctx, path2, v) {
  if (!isObject2(v)) {
    const failOn = parseSeverity(ctx, path2, v);
    return failOn === void 0 ? void 0 : { failOn, warnOn: null };
  }
  const out = { failOn: null, warnOn: null };
  let ok = true;
  for (const [k, val] of Object.entries(v)) {
    if (!HINTS_BUDGET_KEYS.includes(k)) {
      unknownKey(ctx, path2, k, HINTS_BUDGET_KEYS);
      ok = false;
      continue;
    }
    const s = parseSeverity(ctx, [...path2, k], val);
    if (s === void 0) ok = false;
    else out[k] = s;
  }
  return ok ? out : void 0;
}
function patternError(pattern) {
  try {
    compileGlob(pattern);
    return null;
  } catch (err) {
    if (err instanceof GlobError) return `${JSON.stringify(pattern)} is not a valid pattern: ${err.message}`;
    throw err;
  }
}
function validate(ctx, path2, spec, v) {
  switch (spec.kind) {
    case "object": {
      if (v === null) return {};
      if (!isObject2(v)) return fail(ctx, path2, "value", `expected a mapping of ${Object.keys(spec.fields).join(", ")}; got ${show3(v)}`);
      const out = {};
      for (const [k, val] of Object.entries(v)) {
        const field = spec.fields[k];
        if (!field) {
          unknownKey(ctx, path2, k, Object.keys(spec.fields));
          continue;
        }
        const r = validate(ctx, [...path2, k], field, val);
        if (r !== void 0) out[k] = r;
      }
      return out;
    }
    case "patterns": {
      if (v === null) return {};
      if (!isObject2(v)) return fail(ctx, path2, "value", `expected a mapping of pattern \u2192 limit, e.g. { "/app/node_modules/**": 80MB }; got ${show3(v)}`);
      const out = {};
      for (const [k, val] of Object.entries(v)) {
        if (k.trim() === "") {
          fail(ctx, [...path2, k], "key", "empty pattern");
          continue;
        }
        const bad = patternError(k);
        if (bad) {
          fail(ctx, [...path2, k], "key", bad);
          continue;
        }
        const r = parseRule(ctx, [...path2, k], spec.rule, val);
        if (r !== void 0) out[k] = r;
      }
      return out;
    }
    case "rule":
      return parseRule(ctx, path2, spec, v);
    case "hintsBudget":
      return parseHintsBudget(ctx, path2, v);
    case "hintLevels": {
      if (v === null) return {};
      if (!isObject2(v)) return fail(ctx, path2, "value", `expected a mapping of hint rule id \u2192 off, info, warning or error; got ${show3(v)}`);
      const out = {};
      for (const [k, val] of Object.entries(v)) {
        if (!RULE_IDS.includes(k)) {
          unknownKey(ctx, path2, k, RULE_IDS);
          continue;
        }
        if (typeof val === "string" && HINT_LEVELS.includes(val)) out[k] = val;
        else if (val === false) out[k] = "off";
        else fail(ctx, [...path2, k], "value", `${show3(val)} is not a hint level; use off, info, warning or error`);
      }
      return out;
    }
    case "string":
      if (typeof v === "string" && v.trim() !== "") return v.trim();
      return fail(ctx, path2, "value", `${show3(v)} is not a non-empty string`);
    case "boolean":
      if (typeof v === "boolean") return v;
      if (ctx.lenient && (v === "true" || v === "false")) return v === "true";
      return fail(ctx, path2, "value", `${show3(v)} is not a boolean; use true or false`);
    case "count":
      return parseUnit(ctx, path2, "count", v);
    case "stringList": {
      if (v === null) return [];
      const list = typeof v === "string" && ctx.lenient ? v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "") : v;
      if (!Array.isArray(list)) return fail(ctx, path2, "value", `expected a list of glob patterns; got ${show3(v)}`);
      const out = [];
      list.forEach((item, i) => {
        const bad = typeof item === "string" ? patternError(item.trim()) : null;
        if (bad) fail(ctx, [...path2, i], "value", bad);
        else if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
        else fail(ctx, [...path2, i], "value", `${show3(item)} is not a glob pattern`);
      });
      return out;
    }
  }
}
function apply(target, patch2, spec) {
  for (const [k, val] of Object.entries(patch2)) {
    const field = spec.fields[k];
    if (field.kind === "object") apply(target[k], val, field);
    else if (field.kind === "patterns") {
      const byPattern = /* @__PURE__ */ new Map();
      for (const p of target[k]) byPattern.set(p.pattern, p);
      for (const [pattern, limit] of Object.entries(val)) {
        byPattern.delete(pattern);
        if (limit) byPattern.set(pattern, { pattern, ...limit });
      }
      target[k] = [...byPattern.values()];
    } else if (field.kind === "hintLevels") Object.assign(target[k], val);
    else target[k] = val;
  }
}
function throwIfErrors(ctx, what) {
  if (ctx.errors.length === 0) return;
  if (ctx.more) ctx.errors.push(`${ctx.where}: \u2026 and ${ctx.more} more errors`);
  const [first, ...rest] = ctx.errors;
  throw new InputError(rest.length === 0 ? first : `${first}
${rest.join("\n")}`, {
    hint: `see docs/config.md for every key of ${what}`
  });
}
var MAX_YAML_DEPTH = 64;
var MAX_ALIAS_COUNT = 100;
var YAML_HINT = "the file must be valid YAML; see docs/config.md";
function checkDocument(contents, fileName, at) {
  const stack = [[contents, 1]];
  while (stack.length > 0) {
    const [node, depth2] = stack.pop();
    if (!(0, import_yaml.isMap)(node) && !(0, import_yaml.isSeq)(node)) continue;
    if (depth2 > MAX_YAML_DEPTH) {
      const pos = at(node.range?.[0]);
      throw new InputError(`${fileName}${pos ? `:${pos}` : ""}: nested deeper than ${MAX_YAML_DEPTH} levels`, { hint: `${YAML_HINT}; a config needs only a few levels` });
    }
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
        if ((0, import_yaml.isScalar)(pair.key) && seen.has(key)) {
          const pos = at(pair.key.range?.[0]);
          throw new InputError(`${fileName}${pos ? `:${pos}` : ""}: Map keys must be unique`, { hint: YAML_HINT });
        }
        seen.add(key);
        stack.push([pair.key, depth2 + 1], [pair.value, depth2 + 1]);
      }
    } else for (const item of node.items) stack.push([item, depth2 + 1]);
  }
}
function readYaml(text, fileName) {
  const lineCounter = new import_yaml.LineCounter();
  const tooDeep = () => new InputError(`${fileName}: nested too deeply to read`, { hint: `${YAML_HINT}; a config needs only a few levels` });
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch (err) {
    if (err instanceof RangeError) throw tooDeep();
    throw err;
  }
  if (doc.errors.length > 0) {
    if (doc.errors.some((e2) => /call stack/i.test(e2.message))) throw tooDeep();
    const lines = doc.errors.slice(0, 20).map((e2) => {
      const pos = lineCounter.linePos(e2.pos[0]);
      return `${fileName}:${pos.line}:${pos.col}: ${e2.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "")}`;
    });
    if (doc.errors.length > 20) lines.push(`${fileName}: \u2026 and ${doc.errors.length - 20} more YAML errors`);
    throw new InputError(lines.join("\n"), { hint: YAML_HINT });
  }
  const at = (offset) => {
    if (offset === void 0) return null;
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  checkDocument(doc.contents, fileName, at);
  const locate = (path2, what) => {
    let node = doc.contents;
    let keyNode = null;
    for (const seg of path2) {
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) === String(seg) : false));
        if (!pair) return at(node.range?.[0]);
        keyNode = pair.key;
        node = pair.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
        keyNode = null;
        node = node.items[seg];
      } else break;
    }
    const target = what === "key" && keyNode ? keyNode : node ?? keyNode;
    return at(target?.range?.[0]);
  };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw new InputError(`${fileName}: aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT} alias uses)`, { hint: `${YAML_HINT}; write the values out instead of nesting aliases` });
    }
    if (err instanceof RangeError) throw tooDeep();
    throw err;
  }
  return { value, locate };
}
function parseConfig(text, fileName) {
  const { value, locate } = readYaml(text, fileName);
  const ctx = { where: fileName, locate, errors: [] };
  const patch2 = validate(ctx, [], CONFIG_SPEC, value);
  throwIfErrors(ctx, fileName);
  const config = defaultConfig();
  config.source = { kind: "file", fileName };
  apply(config, patch2 ?? {}, CONFIG_SPEC);
  return config;
}
var DIVE_RULES = {
  lowestEfficiency: { unit: "ratio", set: (b, n) => b.efficiency = { value: n, level: "fail" } },
  highestWastedBytes: { unit: "size", set: (b, n) => b.wasted = { value: n, level: "fail" } },
  highestUserWastedPercent: { unit: "ratio", set: (b, n) => b.wastedPercent = { value: Math.round(n * 1e6) / 1e4, level: "fail" } }
};
var DIVE_RULE_NAMES = Object.keys(DIVE_RULES);
function parseDiveCi(text, fileName) {
  const { value, locate } = readYaml(text, fileName);
  const ctx = { where: fileName, locate, errors: [] };
  const config = defaultConfig();
  config.source = { kind: "dive-ci", fileName };
  if (value !== null && !isObject2(value)) fail(ctx, [], "value", `expected a mapping with "rules"; got ${show3(value)}`);
  else {
    for (const k of Object.keys(value ?? {})) if (k !== "rules") unknownKey(ctx, [], k, ["rules"]);
    const rules = value?.rules ?? null;
    if (rules !== null && !isObject2(rules)) fail(ctx, ["rules"], "value", `expected a mapping of ${DIVE_RULE_NAMES.join(", ")}; got ${show3(rules)}`);
    else {
      for (const [k, raw] of Object.entries(rules ?? {})) {
        const path2 = ["rules", k];
        const rule2 = Object.hasOwn(DIVE_RULES, k) ? DIVE_RULES[k] : null;
        if (!rule2) {
          unknownKey(ctx, ["rules"], k, DIVE_RULE_NAMES);
          continue;
        }
        if (raw === null || raw === "disabled" || raw === "off") continue;
        const n = parseUnit(ctx, path2, rule2.unit, typeof raw === "string" ? raw.trim() : raw);
        if (n !== void 0) rule2.set(config.budgets, n);
      }
    }
  }
  throwIfErrors(ctx, fileName);
  return config;
}

// src/report/json.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/report/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/layer-budget/layer-budget/report-v1.schema.json",
  title: "layer-budget report v1",
  type: "object",
  description: "layer-budget report, schema version 1",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "image",
    "provenance",
    "totals",
    "waste",
    "layers",
    "baseImage",
    "duplicates",
    "directoryDepth",
    "directories",
    "directoriesOmitted",
    "hints",
    "verdicts"
  ],
  properties: {
    schemaVersion: {
      const: 1,
      description: "schema version"
    },
    tool: {
      type: "object",
      description: "the tool that wrote the report",
      additionalProperties: false,
      required: [
        "name",
        "version"
      ],
      properties: {
        name: {
          const: "layer-budget",
          description: "tool name"
        },
        version: {
          type: "string",
          description: "tool version",
          maxLength: 256
        }
      }
    },
    image: {
      type: "object",
      description: "the image analyzed",
      additionalProperties: false,
      required: [
        "reference",
        "transport",
        "names",
        "manifestDigest",
        "configDigest",
        "platform",
        "created"
      ],
      properties: {
        reference: {
          type: "string",
          description: "what the user asked for",
          maxLength: 4096
        },
        transport: {
          type: "string",
          description: "transport name",
          maxLength: 256
        },
        names: {
          type: "array",
          description: "names (repo tags) the source carried",
          maxItems: 100,
          items: {
            type: "string",
            description: "a name",
            maxLength: 1024
          }
        },
        manifestDigest: {
          type: [
            "string",
            "null"
          ],
          description: "digest of the image manifest",
          maxLength: 256,
          pattern: "^[A-Za-z0-9:+._=-]*$"
        },
        configDigest: {
          type: "string",
          description: "digest of the image config",
          maxLength: 256,
          pattern: "^[A-Za-z0-9:+._=-]*$"
        },
        platform: {
          type: "string",
          description: "os/arch[/variant]",
          maxLength: 256
        },
        created: {
          type: [
            "string",
            "null"
          ],
          description: "config created timestamp",
          maxLength: 256
        }
      }
    },
    provenance: {
      description: "which commit and run produced this report (set by the action)",
      anyOf: [
        {
          type: "object",
          description: "provenance",
          additionalProperties: false,
          required: [
            "key",
            "commitSha",
            "ref",
            "runId"
          ],
          properties: {
            key: {
              type: "string",
              description: "image key",
              maxLength: 256
            },
            commitSha: {
              type: [
                "string",
                "null"
              ],
              description: "commit",
              maxLength: 256
            },
            ref: {
              type: [
                "string",
                "null"
              ],
              description: "git ref",
              maxLength: 4e3
            },
            runId: {
              type: [
                "integer",
                "null"
              ],
              minimum: 0,
              maximum: 9007199254740991,
              description: "workflow run id"
            }
          }
        },
        {
          type: "null"
        }
      ]
    },
    totals: {
      type: "object",
      description: "image totals",
      additionalProperties: false,
      required: [
        "layerCount",
        "totalBytes",
        "visibleBytes",
        "wastedBytes",
        "efficiency",
        "compressedBytes",
        "compressedKind",
        "fileCount"
      ],
      properties: {
        layerCount: {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          description: "number of layers"
        },
        totalBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "sum of content bytes over all layers"
        },
        visibleBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "regular-file bytes in the final tree; a hardlinked inode once"
        },
        wastedBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "totalBytes \u2212 visibleBytes"
        },
        efficiency: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "visibleBytes / totalBytes (1 when totalBytes is 0)"
        },
        compressedBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "sum of stored blob sizes"
        },
        compressedKind: {
          type: "string",
          enum: [
            "compressed",
            "uncompressed-tar",
            "mixed"
          ],
          description: "what compressedBytes measures"
        },
        fileCount: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "visible regular files"
        }
      }
    },
    waste: {
      type: "object",
      description: "wasted bytes by cause and the largest items",
      additionalProperties: false,
      required: [
        "byCause",
        "topPaths",
        "topPathsOmitted",
        "deletedPaths",
        "deletedPathsOmitted"
      ],
      properties: {
        byCause: {
          type: "object",
          description: "bytes per cause",
          additionalProperties: false,
          required: [
            "overwritten",
            "attribute-copy-up",
            "deleted-file",
            "deleted-dir",
            "opaque",
            "replaced-dir"
          ],
          properties: {
            overwritten: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "overwritten"
            },
            "attribute-copy-up": {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "attribute-copy-up"
            },
            "deleted-file": {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "deleted-file"
            },
            "deleted-dir": {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "deleted-dir"
            },
            opaque: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "opaque"
            },
            "replaced-dir": {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "replaced-dir"
            }
          }
        },
        topPaths: {
          type: "array",
          description: "largest wasted items",
          maxItems: 1e3,
          items: {
            type: "object",
            description: "a wasted item",
            additionalProperties: false,
            required: [
              "path",
              "sizeBytes",
              "cause",
              "layer",
              "hiddenBy"
            ],
            properties: {
              path: {
                type: "string",
                description: "path",
                maxLength: 4096
              },
              sizeBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "bytes"
              },
              cause: {
                $ref: "#/definitions/wasteCause"
              },
              layer: {
                type: "integer",
                minimum: 0,
                maximum: 999,
                description: "layer that holds the bytes"
              },
              hiddenBy: {
                type: "integer",
                minimum: 0,
                maximum: 999,
                description: "layer that hid them"
              }
            }
          }
        },
        topPathsOmitted: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "items left out"
        },
        deletedPaths: {
          type: "array",
          description: "removals by whiteout, opaque marker or replacement",
          maxItems: 1e3,
          items: {
            type: "object",
            description: "a deleted path",
            additionalProperties: false,
            required: [
              "path",
              "sizeBytes",
              "layer",
              "kind"
            ],
            properties: {
              path: {
                type: "string",
                description: "path",
                maxLength: 4096
              },
              sizeBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "bytes still shipped in lower layers"
              },
              layer: {
                type: "integer",
                minimum: 0,
                maximum: 999,
                description: "layer whose whiteout or replacement removed it"
              },
              kind: {
                type: "string",
                enum: [
                  "file",
                  "dir"
                ],
                description: "what was removed"
              }
            }
          }
        },
        deletedPathsOmitted: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "items left out"
        }
      }
    },
    layers: {
      type: "array",
      description: "layers in rootfs order",
      maxItems: 1e3,
      items: {
        $ref: "#/definitions/layer"
      }
    },
    baseImage: {
      type: "object",
      description: "the base image, when known",
      additionalProperties: false,
      required: [
        "source",
        "name",
        "digest",
        "layerCount"
      ],
      properties: {
        source: {
          type: "string",
          enum: [
            "annotation",
            "input",
            "baseline",
            "unknown"
          ],
          description: "how the base image is known"
        },
        name: {
          type: [
            "string",
            "null"
          ],
          description: "base image name",
          maxLength: 4096
        },
        digest: {
          type: [
            "string",
            "null"
          ],
          description: "base image digest",
          maxLength: 256,
          pattern: "^[A-Za-z0-9:+._=-]*$"
        },
        layerCount: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 1e3,
          description: "leading layers that are the base image's (null: unknown)"
        }
      }
    },
    duplicates: {
      type: "object",
      description: "visible files with identical content",
      additionalProperties: false,
      required: [
        "hashed",
        "groupCount",
        "reclaimableBytes",
        "groups",
        "groupsOmitted"
      ],
      properties: {
        hashed: {
          type: "boolean",
          description: "false when content hashing was off"
        },
        groupCount: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "groups found"
        },
        reclaimableBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "\u03A3 (copies \u2212 1) \xD7 size over all groups"
        },
        groups: {
          type: "array",
          description: "largest groups",
          maxItems: 1e3,
          items: {
            type: "object",
            description: "a group of identical files",
            additionalProperties: false,
            required: [
              "contentHash",
              "sizeBytes",
              "paths",
              "reclaimableBytes"
            ],
            properties: {
              contentHash: {
                type: "string",
                description: "content hash",
                maxLength: 256,
                pattern: "^[A-Za-z0-9:+._=-]*$"
              },
              sizeBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "size of one copy"
              },
              paths: {
                type: "array",
                description: "paths",
                maxItems: 1e3,
                items: {
                  type: "string",
                  description: "path",
                  maxLength: 4096
                }
              },
              reclaimableBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "(copies \u2212 1) \xD7 sizeBytes"
              },
              copies: {
                type: "integer",
                minimum: 2,
                maximum: 9007199254740991,
                description: "distinct inodes holding the content"
              },
              pathsOmitted: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "paths left out"
              }
            }
          }
        },
        groupsOmitted: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "groups left out"
        }
      }
    },
    directoryDepth: {
      type: "integer",
      minimum: 0,
      maximum: 64,
      description: "depth of the directory aggregation"
    },
    directories: {
      type: "array",
      description: "visible bytes per directory",
      maxItems: 1e4,
      items: {
        type: "object",
        description: "a directory",
        additionalProperties: false,
        required: [
          "path",
          "sizeBytes",
          "fileCount"
        ],
        properties: {
          path: {
            type: "string",
            description: "absolute directory path",
            maxLength: 4096
          },
          sizeBytes: {
            type: "integer",
            minimum: 0,
            maximum: 9007199254740991,
            description: "visible regular-file bytes below it"
          },
          fileCount: {
            type: "integer",
            minimum: 0,
            maximum: 9007199254740991,
            description: "visible regular files below it"
          }
        }
      }
    },
    directoriesOmitted: {
      type: "integer",
      minimum: 0,
      maximum: 9007199254740991,
      description: "directories left out"
    },
    hints: {
      type: "array",
      description: "optimization hints",
      maxItems: 1e3,
      items: {
        $ref: "#/definitions/hint"
      }
    },
    verdicts: {
      type: "array",
      description: "budget verdicts",
      maxItems: 1e4,
      items: {
        $ref: "#/definitions/verdict"
      }
    }
  },
  definitions: {
    countBytes: {
      type: "object",
      description: "a count of paths and their regular-file bytes",
      additionalProperties: false,
      required: [
        "count",
        "bytes"
      ],
      properties: {
        count: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "paths"
        },
        bytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "regular-file bytes"
        }
      }
    },
    layerBytes: {
      type: "object",
      description: "bytes of one layer",
      additionalProperties: false,
      required: [
        "layer",
        "bytes"
      ],
      properties: {
        layer: {
          type: "integer",
          minimum: 0,
          maximum: 999,
          description: "layer index"
        },
        bytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "bytes"
        }
      }
    },
    wasteCause: {
      type: "string",
      enum: [
        "overwritten",
        "attribute-copy-up",
        "deleted-file",
        "deleted-dir",
        "opaque",
        "replaced-dir"
      ],
      description: "why bytes are wasted (docs/architecture.md \xA7Accounting)"
    },
    layer: {
      type: "object",
      description: "one layer, in rootfs order",
      additionalProperties: false,
      required: [
        "index",
        "diffId",
        "digest",
        "mediaType",
        "compressedBytes",
        "contentBytes",
        "tarBytes",
        "entries",
        "added",
        "modified",
        "deleted",
        "instruction",
        "normalizedInstruction",
        "created",
        "isBase",
        "largestFiles",
        "wastedBytes",
        "hiddenBy",
        "hidesBytes",
        "hides"
      ],
      properties: {
        index: {
          type: "integer",
          minimum: 0,
          maximum: 999,
          description: "0-based position in rootfs order"
        },
        diffId: {
          type: "string",
          description: "sha256 of the uncompressed tar",
          maxLength: 256,
          pattern: "^[A-Za-z0-9:+._=-]*$"
        },
        digest: {
          type: "string",
          description: "stored blob digest",
          maxLength: 256,
          pattern: "^[A-Za-z0-9:+._=-]*$"
        },
        mediaType: {
          type: "string",
          description: "media type as the manifest states it",
          maxLength: 256
        },
        compressedBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "stored blob size (the tar size for an uncompressed docker save layer)"
        },
        contentBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "sum of regular-file sizes in this layer"
        },
        tarBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "length of the uncompressed tar"
        },
        entries: {
          type: "object",
          description: "tar entries by kind",
          additionalProperties: false,
          required: [
            "files",
            "dirs",
            "symlinks",
            "hardlinks",
            "whiteouts",
            "opaques",
            "other"
          ],
          properties: {
            files: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "files entries"
            },
            dirs: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "dirs entries"
            },
            symlinks: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "symlinks entries"
            },
            hardlinks: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "hardlinks entries"
            },
            whiteouts: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "whiteouts entries"
            },
            opaques: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "opaques entries"
            },
            other: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "other entries"
            }
          }
        },
        added: {
          $ref: "#/definitions/countBytes"
        },
        modified: {
          $ref: "#/definitions/countBytes"
        },
        deleted: {
          $ref: "#/definitions/countBytes"
        },
        instruction: {
          type: "string",
          description: "created_by of the aligned history entry ('' when unknown)",
          maxLength: 4096
        },
        normalizedInstruction: {
          type: "string",
          description: "instruction with shell prefix, #(nop), # buildkit and content hashes stripped",
          maxLength: 4096
        },
        created: {
          type: [
            "string",
            "null"
          ],
          description: "history timestamp",
          maxLength: 256
        },
        isBase: {
          type: [
            "boolean",
            "null"
          ],
          description: "true/false when the base image is known, null when unknown"
        },
        largestFiles: {
          type: "array",
          description: "largest regular files this layer wrote",
          maxItems: 1e3,
          items: {
            type: "object",
            description: "a file",
            additionalProperties: false,
            required: [
              "path",
              "sizeBytes"
            ],
            properties: {
              path: {
                type: "string",
                description: "absolute path",
                maxLength: 4096
              },
              sizeBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "size"
              }
            }
          }
        },
        wastedBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "bytes held by this layer that were hidden"
        },
        hiddenBy: {
          type: "array",
          description: "which layers hid them",
          maxItems: 1e3,
          items: {
            $ref: "#/definitions/layerBytes"
          }
        },
        hidesBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "bytes of earlier layers this layer hid"
        },
        hides: {
          type: "array",
          description: "whose bytes",
          maxItems: 1e3,
          items: {
            $ref: "#/definitions/layerBytes"
          }
        }
      }
    },
    hint: {
      type: "object",
      description: "an optimization hint",
      additionalProperties: false,
      required: [
        "rule",
        "severity",
        "title",
        "layer",
        "instruction",
        "evidence",
        "advice",
        "savingsBytes",
        "overlaps"
      ],
      properties: {
        rule: {
          type: "string",
          description: "rule id",
          maxLength: 256
        },
        severity: {
          type: "string",
          enum: [
            "info",
            "warning",
            "error"
          ],
          description: "severity"
        },
        title: {
          type: "string",
          description: "title",
          maxLength: 4e3
        },
        layer: {
          type: [
            "integer",
            "null"
          ],
          minimum: 0,
          maximum: 999,
          description: "layer the advice is about (null: the whole image)"
        },
        instruction: {
          type: [
            "string",
            "null"
          ],
          description: "the layer's instruction",
          maxLength: 4096
        },
        evidence: {
          type: "array",
          description: "paths with bytes",
          maxItems: 1e3,
          items: {
            type: "object",
            description: "evidence",
            additionalProperties: false,
            required: [
              "path",
              "sizeBytes",
              "layer"
            ],
            properties: {
              path: {
                type: "string",
                description: "path",
                maxLength: 4096
              },
              sizeBytes: {
                type: "integer",
                minimum: 0,
                maximum: 9007199254740991,
                description: "bytes"
              },
              layer: {
                type: [
                  "integer",
                  "null"
                ],
                minimum: 0,
                maximum: 999,
                description: "layer"
              }
            }
          }
        },
        evidenceOmitted: {
          type: "object",
          description: "evidence left out by the cap",
          additionalProperties: false,
          required: [
            "count",
            "sizeBytes"
          ],
          properties: {
            count: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "entries left out"
            },
            sizeBytes: {
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991,
              description: "their bytes"
            }
          }
        },
        advice: {
          type: "string",
          description: "concrete Dockerfile change",
          maxLength: 4e3
        },
        savingsBytes: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
          description: "estimated bytes saved"
        },
        overlaps: {
          type: "boolean",
          description: "true when these savings overlap another hint's"
        }
      }
    },
    verdict: {
      type: "object",
      description: "a budget verdict",
      additionalProperties: false,
      required: [
        "rule",
        "status",
        "actual",
        "limit",
        "unit",
        "message",
        "waived"
      ],
      properties: {
        rule: {
          type: "string",
          description: "rule key as written in the config",
          maxLength: 4e3
        },
        status: {
          type: "string",
          enum: [
            "pass",
            "warn",
            "fail"
          ],
          description: "outcome"
        },
        actual: {
          type: "number",
          description: "measured value, in the rule's unit"
        },
        limit: {
          type: "number",
          description: "limit, in the rule's unit"
        },
        unit: {
          type: "string",
          enum: [
            "bytes",
            "percent",
            "ratio",
            "count"
          ],
          description: "unit of actual and limit"
        },
        message: {
          type: "string",
          description: "message",
          maxLength: 4e3
        },
        waived: {
          type: "boolean",
          description: "a waiver turned a fail into a warn"
        }
      }
    }
  }
};

// src/report/types.ts
var WASTE_CAUSES = [
  "overwritten",
  "attribute-copy-up",
  "deleted-file",
  "deleted-dir",
  "opaque",
  "replaced-dir"
];

// src/report/json.ts
var SCHEMA_VERSION = 1;
var definitions = schema_default.definitions;
function resolve(node) {
  let n = node;
  while (n.$ref !== void 0) n = definitions[n.$ref.slice("#/definitions/".length)] ?? {};
  return n;
}
function canonical(value, node) {
  if (Array.isArray(value)) {
    const items = node === void 0 ? void 0 : resolve(node).items;
    return value.map((v) => canonical(v, items));
  }
  if (value === null || typeof value !== "object") return value;
  let n = node === void 0 ? void 0 : resolve(node);
  if (n?.anyOf !== void 0) n = n.anyOf.map(resolve).find((a) => a.properties !== void 0);
  const props = n?.properties ?? {};
  const obj = value;
  const out = {};
  for (const k of Object.keys(props)) if (k in obj && obj[k] !== void 0) out[k] = canonical(obj[k], props[k]);
  for (const k of Object.keys(obj).sort()) if (!(k in props) && obj[k] !== void 0) out[k] = canonical(obj[k], void 0);
  return out;
}
function toJson(report) {
  return JSON.stringify(canonical(report, schema_default), null, 2);
}
var validator = null;
function validate2() {
  if (validator === null) {
    const ajv2 = new import_ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv2.compile(schema_default);
  }
  return validator;
}
var SHOWN_ERRORS = 3;
function describe(e2) {
  const where = e2.instancePath === "" ? "/" : e2.instancePath;
  const p = e2.params;
  switch (e2.keyword) {
    case "additionalProperties":
      return `${where}: unknown property ${JSON.stringify(p["additionalProperty"])}`;
    case "required":
      return `${where}: missing property ${JSON.stringify(p["missingProperty"])}`;
    case "enum":
      return `${where}: must be one of ${p["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${where}: must be ${String(p["type"]).split(",").join(" or ")}`;
    case "const":
      return `${where}: must be ${JSON.stringify(p["allowedValue"])}`;
    default:
      return `${where}: ${e2.message ?? e2.keyword}`;
  }
}
function messages(errors) {
  const anyOf = errors.filter((e2) => e2.keyword === "anyOf");
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (m) => {
    if (!seen.has(m)) out.push(m);
    seen.add(m);
  };
  for (const e2 of errors) {
    const parent = anyOf.find((a) => a !== e2 && e2.schemaPath.startsWith(`${a.schemaPath}/`) && e2.instancePath === a.instancePath);
    if (parent === void 0 && e2.keyword !== "anyOf") {
      push(describe(e2));
      continue;
    }
    if (e2.keyword !== "anyOf") continue;
    const deeper = errors.some((x) => x.instancePath.startsWith(`${e2.instancePath}/`) && x.schemaPath.startsWith(`${e2.schemaPath}/`));
    if (deeper) continue;
    const types = errors.filter((x) => x.keyword === "type" && x.instancePath === e2.instancePath && x.schemaPath.startsWith(`${e2.schemaPath}/`)).map((x) => String(x.params.type));
    push(types.length > 0 ? `${e2.instancePath}: must be ${types.join(" or ")}` : describe(e2));
  }
  return out;
}
function inconsistency(r) {
  const t2 = r.totals;
  if (t2.layerCount !== r.layers.length) return `totals.layerCount is ${t2.layerCount} but there are ${r.layers.length} layers`;
  for (let i = 0; i < r.layers.length; i++) {
    const l = r.layers[i];
    if (l.index !== i) return `/layers/${i}/index is ${l.index}, expected ${i}`;
    for (const h of [...l.hiddenBy, ...l.hides]) {
      if (h.layer >= r.layers.length) return `/layers/${i} refers to layer ${h.layer}, but there are ${r.layers.length} layers`;
    }
  }
  const content = r.layers.reduce((s, l) => s + l.contentBytes, 0);
  if (content !== t2.totalBytes) return `totals.totalBytes is ${t2.totalBytes} but the layers' contentBytes add up to ${content}`;
  if (t2.visibleBytes > t2.totalBytes) return `totals.visibleBytes (${t2.visibleBytes}) exceeds totals.totalBytes (${t2.totalBytes})`;
  if (t2.wastedBytes !== t2.totalBytes - t2.visibleBytes) {
    return `totals.wastedBytes is ${t2.wastedBytes} but totalBytes \u2212 visibleBytes is ${t2.totalBytes - t2.visibleBytes}`;
  }
  const expected = t2.totalBytes === 0 ? 1 : t2.visibleBytes / t2.totalBytes;
  if (Math.abs(t2.efficiency - expected) > 1e-9) return `totals.efficiency is ${t2.efficiency} but visibleBytes / totalBytes is ${expected}`;
  const byCause = WASTE_CAUSES.reduce((s, c) => s + r.waste.byCause[c], 0);
  if (byCause !== t2.wastedBytes) return `waste.byCause adds up to ${byCause} but totals.wastedBytes is ${t2.wastedBytes}`;
  const perLayer = r.layers.reduce((s, l) => s + l.wastedBytes, 0);
  if (perLayer !== t2.wastedBytes) return `the layers' wastedBytes add up to ${perLayer} but totals.wastedBytes is ${t2.wastedBytes}`;
  for (const p of [...r.waste.topPaths, ...r.waste.deletedPaths.map((d2) => ({ ...d2, hiddenBy: d2.layer }))]) {
    if (p.layer >= r.layers.length || p.hiddenBy >= r.layers.length) return `waste path ${JSON.stringify(p.path)} refers to a layer beyond the ${r.layers.length} layers`;
  }
  const d = r.duplicates;
  if (d.groups.length + d.groupsOmitted !== d.groupCount) {
    return `duplicates.groupCount is ${d.groupCount} but ${d.groups.length} groups are listed and ${d.groupsOmitted} omitted`;
  }
  if (r.baseImage.layerCount !== null && r.baseImage.layerCount > r.layers.length) {
    return `baseImage.layerCount is ${r.baseImage.layerCount} but there are ${r.layers.length} layers`;
  }
  return null;
}
function fromJson(text, what = "report") {
  if (text.length > LIMITS.reportChars) {
    throw new InputError(`${what} is too large (${text.length} characters; the limit is ${LIMITS.reportChars})`, { hint: "pass a report written by `layer-budget analyze --json` (or the action's report artifact)" });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${what} is not JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err, hint: "pass a report written by `layer-budget analyze --json` (or the action's report artifact)" });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(`${what} is not a layer-budget report: expected a JSON object, got ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`, { hint: "pass a report written by `layer-budget analyze --json` (or the action's report artifact)" });
  }
  const version = data["schemaVersion"];
  if (version === void 0) {
    throw new InputError(`${what} has no schemaVersion; this layer-budget reads ${SCHEMA_VERSION}: is it a layer-budget report?`, { hint: "pass a report written by `layer-budget analyze --json` (or the action's report artifact)" });
  }
  if (version !== SCHEMA_VERSION) {
    const shown = typeof version === "number" ? String(version) : JSON.stringify(version).slice(0, 40);
    const remedy = typeof version === "number" && version > SCHEMA_VERSION ? "upgrade layer-budget, or re-run the base branch with this version to refresh the baseline" : "re-run the base branch to refresh the baseline";
    throw new InputError(`${what} has schemaVersion ${shown}; this layer-budget reads ${SCHEMA_VERSION}: ${remedy}`, { hint: remedy });
  }
  const check = validate2();
  if (!check(data)) {
    const errors = messages(check.errors ?? []);
    const shown = errors.slice(0, SHOWN_ERRORS).join("; ");
    const more = errors.length > SHOWN_ERRORS ? ` (and ${errors.length - SHOWN_ERRORS} more)` : "";
    throw new InputError(`${what} does not match the report schema: ${shown}${more}`, { hint: "the report was edited or comes from an untrusted run; regenerate it with `layer-budget analyze --json`" });
  }
  const report = data;
  const bad = inconsistency(report);
  if (bad !== null) throw new InputError(`${what} is inconsistent: ${bad}`, { hint: "the report was edited or comes from an untrusted run; regenerate it with `layer-budget analyze --json`" });
  return report;
}

// src/core/inputs.ts
async function loadConfig(readText, path2) {
  if (path2) {
    const text = await readText(path2);
    if (text === null) throw new InputError(`config file ${path2} not found`, { hint: "check the config path (--config / the `config` input)" });
    return path2.endsWith(".dive-ci") ? parseDiveCi(text, path2) : parseConfig(text, path2);
  }
  const yml = await readText(".github/layer-budget.yml");
  if (yml !== null) return parseConfig(yml, ".github/layer-budget.yml");
  const dive = await readText(".dive-ci");
  if (dive !== null) return parseDiveCi(dive, ".dive-ci");
  return defaultConfig();
}
function readReport(text, what) {
  try {
    return fromJson(text, what);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw withContext(`reading ${what}`, err);
  }
}

// src/core/redact.ts
function redactText(text) {
  return maskCredentials(text);
}
function deep(v, count) {
  if (typeof v === "string") {
    if (findCredentials(v).length === 0) return v;
    count.n++;
    return maskCredentials(v);
  }
  if (Array.isArray(v)) return v.map((x) => deep(x, count));
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = deep(x, count);
    return out;
  }
  return v;
}
function redactReport(report) {
  const count = { n: 0 };
  const value = deep(report, count);
  return { value, masked: count.n };
}

// src/analysis/union-fs.ts
var ABSENT = 0;
var FILE = 1;
var DIR = 2;
var SYMLINK = 3;
var OTHER = 4;
var KIND_OF = { dir: DIR, symlink: SYMLINK, other: OTHER };
var KIND_NAME = ["absent", "file", "dir", "symlink", "other"];
var ADDED = 0;
var MODIFIED = 1;
var DELETED = 2;
var NONE = -1;
function parentOf(path2) {
  const i = path2.lastIndexOf("/");
  return i <= 0 ? "/" : path2.slice(0, i);
}
function newStats() {
  return {
    contentBytes: 0,
    shadowedBytes: 0,
    added: { count: 0, bytes: 0 },
    modified: { count: 0, bytes: 0 },
    deleted: { count: 0, bytes: 0 },
    wastedBytes: 0,
    hiddenBy: /* @__PURE__ */ new Map(),
    hidesBytes: 0,
    hides: /* @__PURE__ */ new Map()
  };
}
function sortedPairs(m) {
  return [...m].sort((a, b) => a[0] - b[0]).map(([layer, bytes]) => ({ layer, bytes }));
}
function grow(a, n, fill) {
  const b = new a.constructor(n);
  b.set(a);
  if (fill !== void 0) b.fill(fill, a.length);
  return b;
}
function newLog() {
  return { length: 0, node: new Int32Array(64), change: new Uint8Array(64), bytes: new Float64Array(64) };
}
var Store = class {
  // segments
  segIds = /* @__PURE__ */ new Map();
  segs = [];
  // nodes (node 0 is `/`)
  nCount = 1;
  nParent = new Int32Array(1024).fill(NONE);
  nSeg = new Int32Array(1024);
  nKind = new Uint8Array(1024);
  nInode = new Int32Array(1024).fill(NONE);
  nStamp = new Int32Array(1024).fill(-1);
  nCounted = new Int32Array(1024).fill(-1);
  nBucket = new Uint8Array(1024);
  /** index of the node's ADDED/MODIFIED record in the log of layer nCounted */
  nLogIdx = new Int32Array(1024);
  nFirst = new Int32Array(1024).fill(NONE);
  nLast = new Int32Array(1024).fill(NONE);
  nNext = new Int32Array(1024).fill(NONE);
  nPrev = new Int32Array(1024).fill(NONE);
  /** open-addressing table of node ids keyed by (parent, segment) */
  table = new Int32Array(2048).fill(NONE);
  // inodes (inode id = index + 1)
  iCount = 0;
  iSize = new Float64Array(1024);
  iLayer = new Int32Array(1024);
  iRefs = new Int32Array(1024);
  /** node the inode was written at (its event's path) */
  iNode = new Int32Array(1024);
  /** log record (of layer iLayer) the inode's bytes were counted in */
  iLogIdx = new Int32Array(1024);
  iEvent = [];
  logs = [];
  /**
   * directory path → node id, for paths seen as a parent. A node id names one path for ever, so an entry never
   * goes stale: only whether the node is (still) a directory needs checking. One entry per directory.
   */
  dirIds = /* @__PURE__ */ new Map();
  constructor() {
    this.nKind[0] = DIR;
    this.nBucket[0] = 1;
  }
  intern(seg) {
    let id17 = this.segIds.get(seg);
    if (id17 === void 0) {
      id17 = this.segs.length;
      this.segs.push(seg);
      this.segIds.set(seg, id17);
    }
    return id17;
  }
  slot(parent, seg) {
    const mask = this.table.length - 1;
    let h = (Math.imul(parent, 2654435761) ^ Math.imul(seg + 2135587861, 2246822519)) >>> 0;
    h = (h ^ h >>> 15) & mask;
    for (; ; ) {
      const id17 = this.table[h];
      if (id17 === NONE || this.nParent[id17] === parent && this.nSeg[id17] === seg) return h;
      h = h + 1 & mask;
    }
  }
  /** The node for (parent, seg), present or not; NONE when never created. */
  child(parent, seg) {
    return this.table[this.slot(parent, seg)];
  }
  /** The node for (parent, seg), created (absent) when needed. */
  childOrNew(parent, seg) {
    let h = this.slot(parent, seg);
    const found = this.table[h];
    if (found !== NONE) return found;
    const id17 = this.nCount++;
    if (id17 >= this.nParent.length) {
      const n = this.nParent.length * 2;
      this.nParent = grow(this.nParent, n, NONE);
      this.nSeg = grow(this.nSeg, n);
      this.nKind = grow(this.nKind, n);
      this.nInode = grow(this.nInode, n, NONE);
      this.nStamp = grow(this.nStamp, n, -1);
      this.nCounted = grow(this.nCounted, n, -1);
      this.nBucket = grow(this.nBucket, n);
      this.nLogIdx = grow(this.nLogIdx, n);
      this.nFirst = grow(this.nFirst, n, NONE);
      this.nLast = grow(this.nLast, n, NONE);
      this.nNext = grow(this.nNext, n, NONE);
      this.nPrev = grow(this.nPrev, n, NONE);
    }
    this.nParent[id17] = parent;
    this.nSeg[id17] = seg;
    if (this.nCount * 2 > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2).fill(NONE);
      for (let i = 0; i < old.length; i++) {
        const n = old[i];
        if (n !== NONE) this.table[this.slot(this.nParent[n], this.nSeg[n])] = n;
      }
      h = this.slot(parent, seg);
    }
    this.table[h] = id17;
    return id17;
  }
  /** The present node at a cleaned absolute path, or NONE. */
  lookupPath(path2) {
    if (path2 === "/") return 0;
    const slash = path2.lastIndexOf("/");
    if (slash > 0) {
      const dir = this.dirIds.get(path2.slice(0, slash));
      if (dir !== void 0 && this.nKind[dir] === DIR) {
        const seg = this.segIds.get(path2.slice(slash + 1));
        if (seg === void 0) return NONE;
        const n = this.child(dir, seg);
        return n === NONE || this.nKind[n] === ABSENT ? NONE : n;
      }
    }
    let node = 0;
    let from = 1;
    while (from <= path2.length) {
      let to = path2.indexOf("/", from);
      if (to < 0) to = path2.length;
      const seg = this.segIds.get(path2.slice(from, to));
      if (seg === void 0) return NONE;
      node = this.child(node, seg);
      if (node === NONE || this.nKind[node] === ABSENT) return NONE;
      from = to + 1;
    }
    return node;
  }
  /** Joins the segments from `/` down to `node`. */
  pathOfNode(node) {
    if (node === 0) return "/";
    const parts = [];
    for (let n = node; n !== 0; n = this.nParent[n]) parts.push(this.segs[this.nSeg[n]]);
    parts.reverse();
    return "/" + parts.join("/");
  }
  link(parent, node) {
    const last = this.nLast[parent];
    this.nPrev[node] = last;
    this.nNext[node] = NONE;
    if (last === NONE) this.nFirst[parent] = node;
    else this.nNext[last] = node;
    this.nLast[parent] = node;
  }
  unlink(node) {
    const parent = this.nParent[node];
    const prev = this.nPrev[node];
    const next = this.nNext[node];
    if (prev === NONE) this.nFirst[parent] = next;
    else this.nNext[prev] = next;
    if (next === NONE) this.nLast[parent] = prev;
    else this.nPrev[next] = prev;
    this.nPrev[node] = NONE;
    this.nNext[node] = NONE;
  }
  record(layer, node, change, bytes) {
    const log = this.logs[layer];
    const i = log.length++;
    if (i >= log.node.length) {
      const n = log.node.length * 2;
      log.node = grow(log.node, n);
      log.change = grow(log.change, n);
      log.bytes = grow(log.bytes, n);
    }
    log.node[i] = node;
    log.change[i] = change;
    log.bytes[i] = bytes;
    return i;
  }
};
var UnionTree = class extends Store {
  /** number of node ids (present or not) */
  get nodeCount() {
    return this.nCount;
  }
  /** number of layers replayed */
  get layerCount() {
    return this.logs.length;
  }
  /** the node's parent (−1 for `/`) */
  parent(node) {
    return this.nParent[node];
  }
  /** the node's last path segment ('' for `/`) */
  name(node) {
    return node === 0 ? "" : this.segs[this.nSeg[node]];
  }
  /** the node's cleaned absolute path */
  path(node) {
    return this.pathOfNode(node);
  }
  /** 'file' | 'dir' | 'symlink' | 'other' in the final tree, or 'absent' */
  kind(node) {
    return KIND_NAME[this.nKind[node]];
  }
  /** the present node at a cleaned absolute path, or −1 */
  lookup(path2) {
    return this.lookupPath(path2);
  }
  /** for a file node of the final tree: its inode id (≥ 1; shared by hardlinks), else −1 */
  inode(node) {
    const i = this.nInode[node];
    return i === NONE ? NONE : i + 1;
  }
  /** regular-file bytes of an inode id */
  inodeSizeBytes(inode) {
    return this.iSize[inode - 1];
  }
  /** layer that wrote an inode's bytes */
  inodeLayer(inode) {
    return this.iLayer[inode - 1];
  }
  /** number of final-tree paths sharing an inode (hardlinks; 0 once the inode is waste) */
  inodeLinks(inode) {
    return this.iRefs[inode - 1];
  }
  /** the tar event that created an inode (content hash, mode, uid, gid, captured content) */
  inodeEvent(inode) {
    return this.iEvent[inode - 1];
  }
  /** calls `fn` for each present child of a directory node, in first-written order */
  forEachChild(node, fn) {
    for (let c = this.nFirst[node]; c !== NONE; c = this.nNext[c]) fn(c);
  }
  /** the present children of a directory node, sorted so that a depth-first walk yields paths in code-unit order */
  sortedChildren(node) {
    const out = [];
    for (let c = this.nFirst[node]; c !== NONE; c = this.nNext[c]) out.push(c);
    if (out.length < 2) return out;
    const key = out.map((c) => this.nKind[c] === DIR && this.nFirst[c] !== NONE ? this.name(c) + "/" : this.name(c));
    let sorted = true;
    for (let i = 1; i < key.length && sorted; i++) sorted = key[i - 1] < key[i];
    if (sorted) return out;
    const idx = out.map((_, i) => i).sort((a, b) => key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : 0);
    return idx.map((i) => out[i]);
  }
  /**
   * Visits every present node below `node` (default `/`), depth first, in code-unit path order, with its depth
   * (`/` is 0). Return false from `fn` to skip a directory's subtree. Iterative: no recursion limit.
   */
  walk(fn, node = 0) {
    const stack = [node];
    const depths = [0];
    while (stack.length > 0) {
      const n = stack.pop();
      const d = depths.pop();
      if (fn(n, d) === false || this.nFirst[n] === NONE) continue;
      const kids = this.sortedChildren(n);
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]);
        depths.push(d + 1);
      }
    }
  }
  /** what layer `layer` did, path by path (see {@link LayerLog}); the arrays may be longer than `length` */
  layerLog(layer) {
    return this.logs[layer];
  }
};
function sameContent(prevSize, prev, nextSize, next) {
  if (prevSize !== nextSize) return false;
  if (prev.contentHash !== void 0 && next.contentHash !== void 0) return prev.contentHash === next.contentHash;
  return prev.mtimeSec === next.mtimeSec;
}
var UnionFs = class extends UnionTree {
  stats = [];
  wasted = [];
  byCause = {
    overwritten: 0,
    "attribute-copy-up": 0,
    "deleted-file": 0,
    "deleted-dir": 0,
    opaque: 0,
    "replaced-dir": 0
  };
  deletions = [];
  notes = [];
  maxNotes;
  notesOmitted = 0;
  /** layer being applied */
  L = -1;
  cur = newStats();
  /** ensureDir cache: the last parent path resolved, valid while no directory was removed (`gen`) in layer L */
  cachePath = "";
  cacheNode = NONE;
  cacheGen = -1;
  gen = 0;
  stack = new Int32Array(64);
  constructor(opts2 = {}) {
    super();
    this.maxNotes = opts2.maxNotes ?? 100;
  }
  /** Applies the events of the next layer (layer indexes are assigned 0, 1, 2, … in call order). */
  applyLayer(events) {
    this.L = this.stats.length;
    this.cur = newStats();
    this.stats.push(this.cur);
    this.logs.push(newLog());
    this.gen++;
    const opaque = [];
    for (const e2 of events) {
      switch (e2.kind) {
        case "file":
          this.cur.contentBytes += e2.sizeBytes;
          this.writeFile(e2);
          break;
        case "dir":
        case "symlink":
        case "other":
          this.write(e2.path, KIND_OF[e2.kind], NONE, 0);
          break;
        case "hardlink":
          this.hardlink(e2);
          break;
        case "whiteout":
          this.whiteout(e2.path);
          break;
        case "opaque":
          opaque.push(e2.path);
          break;
      }
    }
    for (const dir of opaque) {
      const node = this.lookupPath(dir);
      if (node !== NONE && this.nKind[node] === DIR) this.removeUntouched(node, "opaque");
    }
  }
  /** The final tree and all the accounting. The instance must not be replayed into afterwards. */
  finish() {
    const visibleFiles = [];
    const visibleNodes = [];
    const counted = /* @__PURE__ */ new Set();
    let visibleBytes = 0;
    this.walk((n) => {
      const i = this.nInode[n];
      if (i === NONE) return;
      const ev = this.iEvent[i];
      const size2 = this.iSize[i];
      const path2 = this.iNode[i] === n ? ev.path : this.pathOfNode(n);
      const f = { path: path2, sizeBytes: size2, layer: this.iLayer[i], mode: ev.mode, uid: ev.uid, gid: ev.gid, inode: i + 1 };
      if (ev.contentHash !== void 0) f.contentHash = ev.contentHash;
      visibleFiles.push(f);
      visibleNodes.push(n);
      if (this.iRefs[i] > 1) {
        if (counted.has(i)) return;
        counted.add(i);
      }
      visibleBytes += size2;
    });
    let totalBytes = 0;
    let wastedBytes = 0;
    const layers = this.stats.map((s) => {
      totalBytes += s.contentBytes;
      wastedBytes += s.wastedBytes;
      return {
        contentBytes: s.contentBytes,
        shadowedBytes: s.shadowedBytes,
        added: s.added,
        modified: s.modified,
        deleted: s.deleted,
        wastedBytes: s.wastedBytes,
        hiddenBy: sortedPairs(s.hiddenBy),
        hidesBytes: s.hidesBytes,
        hides: sortedPairs(s.hides)
      };
    });
    return {
      visibleFiles,
      visibleBytes,
      totalBytes,
      wastedBytes,
      wasted: this.wasted,
      wasteByCause: { ...this.byCause },
      deletions: this.deletions,
      layers,
      notes: this.notes,
      notesOmitted: this.notesOmitted,
      tree: this,
      visibleNodes: Int32Array.from(visibleNodes)
    };
  }
  note(msg) {
    if (this.notes.length < this.maxNotes) this.notes.push(msg);
    else this.notesOmitted++;
  }
  /**
   * Counts a write of `bytes` at `node` (present or not): 'added' when the path is new to the tree, 'modified'
   * when it existed; a path counts once per layer (a same-layer override only adds its bytes).
   */
  count(node, present, bytes) {
    if (present && this.nCounted[node] === this.L) {
      const b2 = this.nBucket[node];
      (b2 === 0 ? this.cur.added : this.cur.modified).bytes += bytes;
      const log = this.logs[this.L];
      const at = this.nLogIdx[node];
      log.bytes[at] = log.bytes[at] + bytes;
      return b2;
    }
    const b = present ? 1 : 0;
    const c = b === 0 ? this.cur.added : this.cur.modified;
    c.count++;
    c.bytes += bytes;
    this.nLogIdx[node] = this.record(this.L, node, b === 0 ? ADDED : MODIFIED, bytes);
    return b;
  }
  writeFile(e2) {
    const i = this.iCount++;
    if (i >= this.iSize.length) {
      const n = this.iSize.length * 2;
      this.iSize = grow(this.iSize, n);
      this.iLayer = grow(this.iLayer, n);
      this.iRefs = grow(this.iRefs, n);
      this.iLogIdx = grow(this.iLogIdx, n);
      this.iNode = grow(this.iNode, n);
    }
    this.iSize[i] = e2.sizeBytes;
    this.iLayer[i] = this.L;
    this.iRefs[i] = 0;
    this.iEvent.push(e2);
    this.iLogIdx[i] = -1;
    this.write(e2.path, FILE, i, e2.sizeBytes);
  }
  hardlink(e2) {
    const target = e2.linkTarget === void 0 ? NONE : this.lookupPath(e2.linkTarget);
    if (target === NONE || this.nKind[target] === DIR) {
      this.note(`layer ${this.L}: hardlink ${e2.path} \u2192 ${e2.linkTarget ?? "(none)"}: target ${target === NONE ? "missing" : "is a directory"}; ignored`);
      return;
    }
    if (e2.path === e2.linkTarget) return;
    const kind = this.nKind[target];
    if (kind !== FILE) {
      this.write(e2.path, kind, NONE, 0);
      return;
    }
    const ino = this.nInode[target];
    const existing = this.lookupPath(e2.path);
    if (existing !== NONE && this.nInode[existing] === ino) {
      this.nBucket[existing] = this.count(existing, true, 0);
      this.nCounted[existing] = this.L;
      this.nStamp[existing] = this.L;
      this.ensureDir(parentOf(e2.path));
      return;
    }
    this.write(e2.path, FILE, ino, 0);
  }
  /** Writes a node of `kind` at `path` (file nodes reference inode index `ino`); `bytes` are counted as added/modified. */
  write(path2, kind, ino, bytes) {
    if (path2 === "/") {
      this.nBucket[0] = this.count(0, true, bytes);
      this.nCounted[0] = this.L;
      if (kind === DIR) {
        this.nStamp[0] = this.L;
        return;
      }
      this.note(`layer ${this.L}: a ${KIND_NAME[kind]} entry for / ignored`);
      if (ino !== NONE && this.iLogIdx[ino] === -1) this.iLogIdx[ino] = this.nLogIdx[0];
      if (ino !== NONE && this.iRefs[ino] === 0) this.waste(ino, "overwritten");
      return;
    }
    if (ino !== NONE) this.iRefs[ino] = this.iRefs[ino] + 1;
    const slash = path2.lastIndexOf("/");
    const parent = this.ensureDir(slash <= 0 ? "/" : path2.slice(0, slash));
    const node = this.childOrNew(parent, this.intern(path2.slice(slash + 1)));
    const prevKind = this.nKind[node];
    const present = prevKind !== ABSENT;
    const bucket = this.count(node, present, bytes);
    if (present) {
      if (prevKind === DIR) {
        if (kind === DIR) {
          this.nStamp[node] = this.L;
          this.nCounted[node] = this.L;
          this.nBucket[node] = bucket;
          return;
        }
        this.removeChildren(path2, node, "replaced-dir", true);
        this.gen++;
      } else {
        const old = this.nInode[node];
        this.nInode[node] = NONE;
        if (old !== NONE) {
          const same = ino !== NONE && sameContent(this.iSize[old], this.iEvent[old], this.iSize[ino], this.iEvent[ino]);
          this.unref(old, node, same ? "attribute-copy-up" : "overwritten");
        }
      }
    }
    this.nKind[node] = kind;
    this.nInode[node] = ino;
    if (ino !== NONE && this.iLogIdx[ino] === -1) {
      this.iLogIdx[ino] = this.nLogIdx[node];
      this.iNode[ino] = node;
    }
    this.nStamp[node] = this.L;
    this.nCounted[node] = this.L;
    this.nBucket[node] = bucket;
    if (!present) this.link(parent, node);
  }
  /** Makes `path` a directory stamped with the current layer, creating or replacing ancestors as needed. */
  ensureDir(path2) {
    let node = 0;
    let from = 1;
    if (this.cacheGen === this.gen) {
      const c = this.cachePath;
      if (c === path2) return this.cacheNode;
      if (path2.length > c.length && path2.charCodeAt(c.length) === 47 && path2.startsWith(c)) {
        node = this.cacheNode;
        from = c.length + 1;
      }
    }
    if (node === 0) {
      const known = this.dirIds.get(path2);
      if (known !== void 0 && this.nKind[known] === DIR) {
        for (let n = known; n !== NONE && this.nStamp[n] !== this.L; n = this.nParent[n]) this.nStamp[n] = this.L;
        this.cachePath = path2;
        this.cacheNode = known;
        this.cacheGen = this.gen;
        return known;
      }
      this.nStamp[0] = this.L;
    }
    while (from <= path2.length && path2 !== "/") {
      let to = path2.indexOf("/", from);
      if (to < 0) to = path2.length;
      const parent = node;
      node = this.childOrNew(parent, this.intern(path2.slice(from, to)));
      const k = this.nKind[node];
      if (k === DIR) {
        this.nStamp[node] = this.L;
      } else {
        const present = k !== ABSENT;
        if (present) {
          const q = path2.slice(0, to);
          this.note(`layer ${this.L}: ${q} was a ${KIND_NAME[k]}; replaced by a directory implied by a path below it`);
          const old = this.nInode[node];
          this.nInode[node] = NONE;
          if (old !== NONE) this.unref(old, node, "overwritten");
        }
        const bucket = this.count(node, present, 0);
        this.nKind[node] = DIR;
        this.nStamp[node] = this.L;
        this.nCounted[node] = this.L;
        this.nBucket[node] = bucket;
        if (!present) this.link(parent, node);
      }
      from = to + 1;
    }
    this.cachePath = path2;
    this.cacheNode = node;
    this.cacheGen = this.gen;
    if (node !== 0) this.dirIds.set(path2, node);
    return node;
  }
  whiteout(path2) {
    if (path2 === "/") return;
    const node = this.lookupPath(path2);
    if (node === NONE) return;
    const isDir = this.nKind[node] === DIR;
    const cause = isDir ? "deleted-dir" : "deleted-file";
    if (this.nStamp[node] !== this.L) {
      const before = this.cur.deleted.bytes;
      this.removeChildren(path2, node, cause, false);
      this.removeNode(node, cause);
      this.deletions.push({ path: path2, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? "dir" : "file" });
    } else if (isDir) {
      this.removeUntouched(node, cause);
    }
  }
  /** Takes a present node out of the tree (its subtree must be empty), counting it as deleted by this layer. */
  removeNode(node, cause) {
    this.gen++;
    this.unlink(node);
    const k = this.nKind[node];
    this.nKind[node] = ABSENT;
    this.cur.deleted.count++;
    const ino = this.nInode[node];
    this.nInode[node] = NONE;
    const before = this.cur.deleted.bytes;
    if (ino !== NONE) this.unref(ino, node, cause, true);
    this.record(this.L, node, DELETED, k === DIR ? 0 : this.cur.deleted.bytes - before);
  }
  /** Removes every child of `dir` not touched by the current layer (recursing into touched directories). */
  removeUntouched(dir, cause) {
    let c = this.nFirst[dir];
    while (c !== NONE) {
      const next = this.nNext[c];
      if (this.nStamp[c] === this.L) {
        if (this.nKind[c] === DIR) this.removeUntouched(c, cause);
      } else {
        const before = this.cur.deleted.bytes;
        const isDir = this.nKind[c] === DIR;
        this.removeChildren("", c, cause, false);
        this.removeNode(c, cause);
        this.deletions.push({ path: this.pathOfNode(c), sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: isDir ? "dir" : "file" });
      }
      c = next;
    }
  }
  /**
   * Removes the whole subtree below `node` (not `node` itself), each removed path counted as deleted by the
   * current layer. With `record`, adds one deletion entry for `path` (a replaced directory).
   */
  removeChildren(path2, node, cause, record) {
    if (this.nFirst[node] === NONE) {
      if (record) this.deletions.push({ path: path2, sizeBytes: 0, layer: this.L, kind: "dir" });
      return;
    }
    this.gen++;
    const before = this.cur.deleted.bytes;
    let sp = 0;
    this.stack[sp++] = node;
    while (sp > 0) {
      const n = this.stack[--sp];
      let c = this.nFirst[n];
      this.nFirst[n] = NONE;
      this.nLast[n] = NONE;
      while (c !== NONE) {
        const next = this.nNext[c];
        this.nNext[c] = NONE;
        this.nPrev[c] = NONE;
        const k = this.nKind[c];
        this.nKind[c] = ABSENT;
        this.cur.deleted.count++;
        const ino = this.nInode[c];
        this.nInode[c] = NONE;
        const b0 = this.cur.deleted.bytes;
        if (ino !== NONE) this.unref(ino, c, cause, true);
        else if (this.nFirst[c] !== NONE) {
          if (sp >= this.stack.length) this.stack = grow(this.stack, this.stack.length * 2);
          this.stack[sp++] = c;
        }
        this.record(this.L, c, DELETED, k === DIR ? 0 : this.cur.deleted.bytes - b0);
        c = next;
      }
    }
    if (record) this.deletions.push({ path: path2, sizeBytes: this.cur.deleted.bytes - before, layer: this.L, kind: "dir" });
  }
  /** Drops one path reference; the last one makes the inode waste of `cause`, hidden by the current layer. */
  unref(ino, _node, cause, deletion = false) {
    this.iRefs[ino] = this.iRefs[ino] - 1;
    if (this.iRefs[ino] > 0) return;
    if (this.waste(ino, cause) && deletion) this.cur.deleted.bytes += this.iSize[ino];
  }
  /**
   * Makes an inode's bytes invisible: waste of `cause` hidden by the current layer, or, when the current layer
   * wrote them itself, shadowed (neither content nor waste; the module doc's same-layer rule). True for waste.
   */
  waste(ino, cause) {
    const bytes = this.iSize[ino];
    const layer = this.iLayer[ino];
    if (layer === this.L) {
      this.cur.shadowedBytes += bytes;
      this.cur.contentBytes -= bytes;
      const log = this.logs[layer];
      const at = this.iLogIdx[ino];
      (log.change[at] === ADDED ? this.cur.added : this.cur.modified).bytes -= bytes;
      log.bytes[at] = log.bytes[at] - bytes;
      return false;
    }
    this.wasted.push({ path: this.iEvent[ino].path, sizeBytes: bytes, cause, layer, hiddenBy: this.L });
    this.byCause[cause] += bytes;
    const holder = this.stats[layer];
    holder.wastedBytes += bytes;
    holder.hiddenBy.set(this.L, (holder.hiddenBy.get(this.L) ?? 0) + bytes);
    this.cur.hidesBytes += bytes;
    this.cur.hides.set(layer, (this.cur.hides.get(layer) ?? 0) + bytes);
    return true;
  }
};
function replayLayers(layers, opts2 = {}) {
  const fs = new UnionFs(opts2);
  for (const events of layers) fs.applyLayer(events);
  return fs.finish();
}

// src/report/normalize.ts
var SHELL = String.raw`(?:(?:/usr)?/bin/)?(?:ba|da|a|z)?sh(?: -(?:o \S+|[a-zA-Z]+))*? -c `;
var SHELL_PREFIX = new RegExp(`^${SHELL}`);
var ARGS_BEFORE_SHELL = new RegExp(`^\\|\\d+ .*? (?=${SHELL})`);
var HEX_SOURCE = /\b(file|dir|multi):[0-9a-f]{16,}\b/g;
var SHA256 = /\bsha256:[0-9a-f]{16,}\b/g;
function stripArgs(s) {
  if (!s.startsWith("|")) return s;
  const m = ARGS_BEFORE_SHELL.exec(s);
  if (m !== null) return s.slice(m[0].length);
  const head = /^\|(\d+) ?/.exec(s);
  if (head === null) return s;
  const n = Number(head[1]);
  const rest = s.slice(head[0].length).split(" ");
  return rest.slice(Math.min(n, rest.length)).join(" ");
}
function normalizeInstruction(createdBy) {
  let s = createdBy.replace(/\s+/g, " ").trim();
  s = s.replace(/ ?# buildkit$/, "");
  let run2 = false;
  if (s.startsWith("RUN ")) {
    run2 = true;
    s = s.slice(4);
  }
  s = stripArgs(s);
  const shell = SHELL_PREFIX.exec(s);
  if (shell !== null) {
    s = s.slice(shell[0].length);
    if (s.startsWith("#(nop)")) {
      s = s.slice(6).trimStart();
      run2 = false;
    } else {
      run2 = true;
    }
  }
  if (run2) s = s === "" ? "RUN" : `RUN ${s}`;
  s = s.replace(HEX_SOURCE, "$1").replace(SHA256, "sha256:\u2026");
  return s.trim();
}

// src/analysis/history.ts
function alignHistory2(history, layerCount) {
  const out = [];
  for (const h of history ?? []) {
    if (out.length >= layerCount) break;
    if (h === null || typeof h !== "object" || h.empty_layer === true) continue;
    out.push({
      instruction: typeof h.created_by === "string" ? h.created_by : "",
      created: typeof h.created === "string" ? h.created : null,
      comment: typeof h.comment === "string" ? h.comment : null
    });
  }
  while (out.length < layerCount) out.push({ instruction: "", created: null, comment: null });
  return out;
}

// src/analysis/analyze.ts
var BASE_NAME = "org.opencontainers.image.base.name";
var BASE_DIGEST = "org.opencontainers.image.base.digest";
function cap(n, dflt, max) {
  const v = n === void 0 || !Number.isFinite(n) ? dflt : Math.floor(n);
  return Math.max(0, Math.min(v, max));
}
var path = (p) => clip2(p, LIMITS.pathChars);
function entryCounts(events) {
  const c = { files: 0, dirs: 0, symlinks: 0, hardlinks: 0, whiteouts: 0, opaques: 0, other: 0 };
  for (const e2 of events) {
    switch (e2.kind) {
      case "file":
        c.files++;
        break;
      case "dir":
        c.dirs++;
        break;
      case "symlink":
        c.symlinks++;
        break;
      case "hardlink":
        c.hardlinks++;
        break;
      case "whiteout":
        c.whiteouts++;
        break;
      case "opaque":
        c.opaques++;
        break;
      default:
        c.other++;
    }
  }
  return c;
}
function largestFiles(events, n) {
  if (n === 0) return [];
  const top = [];
  const before = (a, b) => a.sizeBytes > b.sizeBytes || a.sizeBytes === b.sizeBytes && a.path < b.path;
  for (const e2 of events) {
    if (e2.kind !== "file") continue;
    if (top.length === n && !before(e2, top[n - 1])) continue;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && before(e2, top[i - 1])) i--;
    top.splice(i, 0, e2);
    if (top.length > n) top.pop();
  }
  return top.map((e2) => ({ path: path(e2.path), sizeBytes: e2.sizeBytes }));
}
function byWaste(a, b) {
  return b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.layer - b.layer || a.hiddenBy - b.hiddenBy;
}
function baseImage(image, opts2) {
  const annName = image.annotations[BASE_NAME];
  const annDigest = image.annotations[BASE_DIGEST];
  const str2 = (s, max) => s === void 0 || s === "" ? null : clip2(s, max);
  const digestOrNull = (s) => s === void 0 || s === "" ? null : safeDigest(s);
  if (opts2 !== void 0 && (opts2.diffIds !== void 0 || opts2.name !== void 0 || opts2.digest !== void 0)) {
    let layerCount = null;
    if (opts2.diffIds !== void 0) {
      layerCount = 0;
      while (layerCount < opts2.diffIds.length && layerCount < image.layers.length && image.layers[layerCount]?.diffId === opts2.diffIds[layerCount]) layerCount++;
    }
    return {
      source: opts2.source ?? "input",
      name: str2(opts2.name ?? annName, LIMITS.referenceChars),
      digest: digestOrNull(opts2.digest ?? annDigest),
      layerCount
    };
  }
  if (annName !== void 0 || annDigest !== void 0) {
    return { source: "annotation", name: str2(annName, LIMITS.referenceChars), digest: digestOrNull(annDigest), layerCount: null };
  }
  return { source: "unknown", name: null, digest: null, layerCount: null };
}
function hashKey(h) {
  let k = 0;
  const n = Math.min(7, h.length);
  for (let i = 0; i < n; i++) {
    const c = h.charCodeAt(i);
    k = (k << 4 | (c <= 57 ? c - 48 : (c | 32) - 87) & 15) & 268435455;
  }
  return k;
}
function duplicates(files, maxGroups, maxPaths) {
  const first = /* @__PURE__ */ new Map();
  const other = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if (f.sizeBytes === 0) continue;
    const h = f.contentHash;
    if (h === void 0) return { hashed: false, groupCount: 0, reclaimableBytes: 0, groups: [], groupsOmitted: 0 };
    const k = hashKey(h);
    let prev = first.get(k);
    if (prev === void 0) {
      first.set(k, i);
      continue;
    }
    const p = files[prev];
    if (p.contentHash !== h || p.sizeBytes !== f.sizeBytes) {
      const key = `${h}\0${f.sizeBytes}`;
      prev = other.get(key);
      if (prev === void 0) {
        other.set(key, i);
        continue;
      }
    }
    const g = groups.get(prev);
    if (g === void 0) groups.set(prev, [prev, i]);
    else g.push(i);
  }
  const found = [];
  let reclaimable = 0;
  for (const idx of groups.values()) {
    const f0 = files[idx[0]];
    const inodes = /* @__PURE__ */ new Set();
    for (const i of idx) inodes.add(files[i].inode);
    if (inodes.size < 2) continue;
    const all = idx.map((i) => files[i].path).sort();
    const r = (inodes.size - 1) * f0.sizeBytes;
    reclaimable += r;
    found.push({
      contentHash: safeDigest(f0.contentHash),
      sizeBytes: f0.sizeBytes,
      paths: all.slice(0, maxPaths).map(path),
      reclaimableBytes: r,
      copies: inodes.size,
      pathsOmitted: Math.max(0, all.length - maxPaths)
    });
  }
  found.sort((a, b) => b.reclaimableBytes - a.reclaimableBytes || ((a.paths[0] ?? "") < (b.paths[0] ?? "") ? -1 : 1));
  const kept = found.slice(0, maxGroups);
  return { hashed: true, groupCount: found.length, reclaimableBytes: reclaimable, groups: kept, groupsOmitted: found.length - kept.length };
}
function directories(files, nodes, tree, depth2, max) {
  const bytes = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  const depths = /* @__PURE__ */ new Map();
  let seen = null;
  const chain = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    chain.length = 0;
    for (let n = tree.parent(nodes[i]); n !== -1; n = tree.parent(n)) chain.push(n);
    const linked = tree.inodeLinks(f.inode) > 1;
    for (let d = 0; d <= depth2 && d < chain.length; d++) {
      const dir = chain[chain.length - 1 - d];
      const c = counts.get(dir);
      if (c === void 0) {
        counts.set(dir, 1);
        bytes.set(dir, 0);
        depths.set(dir, d);
      } else counts.set(dir, c + 1);
      if (linked) {
        seen ??= /* @__PURE__ */ new Map();
        let s = seen.get(dir);
        if (s === void 0) seen.set(dir, s = /* @__PURE__ */ new Set());
        if (s.has(f.inode)) continue;
        s.add(f.inode);
      }
      bytes.set(dir, bytes.get(dir) + f.sizeBytes);
    }
  }
  const all = [];
  for (const [dir, fileCount] of counts) all.push({ path: tree.path(dir), sizeBytes: bytes.get(dir), fileCount, depth: depths.get(dir) });
  all.sort((a, b) => (a.depth <= 2 ? 0 : 1) - (b.depth <= 2 ? 0 : 1) || b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
  const kept = all.slice(0, max).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { list: kept.map((d) => ({ path: path(d.path), sizeBytes: d.sizeBytes, fileCount: d.fileCount })), omitted: all.length - kept.length };
}
function compressedKind(image) {
  const plain2 = image.layers.filter((l) => l.scan.compression === "none").length;
  if (plain2 === image.layers.length) return "uncompressed-tar";
  return plain2 === 0 ? "compressed" : "mixed";
}
function analyze(image, opts2 = {}) {
  if (image.layers.length > LIMITS.layers) {
    throw new InputError(`image has ${image.layers.length} layers; layer-budget reads at most ${LIMITS.layers}`, { hint: "squash or rebuild the image with fewer layers" });
  }
  const layerEvents = image.layers.map((l) => l.scan.events);
  const u = replayLayers(layerEvents);
  const history = alignHistory2(image.config.history, image.layers.length);
  const base = baseImage(image, opts2.baseImage);
  const depth2 = cap(opts2.directoryDepth, 4, LIMITS.directoryDepth);
  const largest = cap(opts2.largestFiles, 10, LIMITS.listItems);
  const layers = image.layers.map((l, i) => {
    const ch = u.layers[i];
    const h = history[i];
    if (ch === void 0 || h === void 0) throw new Error(`analyze: layer ${i} missing from the replay`);
    return {
      index: i,
      diffId: safeDigest(l.diffId),
      digest: safeDigest(l.digest),
      mediaType: clip2(l.mediaType, LIMITS.shortChars),
      compressedBytes: l.compressedBytes,
      contentBytes: ch.contentBytes,
      tarBytes: l.scan.tarBytes,
      entries: entryCounts(l.scan.events),
      added: ch.added,
      modified: ch.modified,
      deleted: ch.deleted,
      instruction: clip2(h.instruction, LIMITS.instructionChars),
      normalizedInstruction: clip2(normalizeInstruction(h.instruction), LIMITS.instructionChars),
      created: h.created === null ? null : clip2(h.created, LIMITS.shortChars),
      isBase: base.layerCount === null ? null : i < base.layerCount,
      largestFiles: largestFiles(l.scan.events, largest),
      wastedBytes: ch.wastedBytes,
      hiddenBy: ch.hiddenBy,
      hidesBytes: ch.hidesBytes,
      hides: ch.hides
    };
  });
  const wasted = u.wasted.slice().sort(byWaste);
  const maxTop = cap(opts2.topPaths, 50, LIMITS.listItems);
  const topPaths = wasted.slice(0, maxTop).map((w) => ({ path: path(w.path), sizeBytes: w.sizeBytes, cause: w.cause, layer: w.layer, hiddenBy: w.hiddenBy }));
  const maxDeleted = cap(opts2.deletedPaths, 50, LIMITS.listItems);
  const deleted = u.deletions.slice().sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.layer - b.layer).slice(0, maxDeleted).map((d) => ({ ...d, path: path(d.path) }));
  const dirs = directories(u.visibleFiles, u.visibleNodes, u.tree, depth2, cap(opts2.maxDirectories, 500, LIMITS.directories));
  const p = image.platform;
  const report = {
    schemaVersion: 1,
    tool: { name: "layer-budget", version: clip2(opts2.toolVersion ?? "0.0.0", LIMITS.shortChars) },
    image: {
      reference: clip2(image.reference, LIMITS.referenceChars),
      transport: image.transport,
      names: image.names.slice(0, LIMITS.names).map((n) => clip2(n, LIMITS.nameChars)),
      manifestDigest: image.manifestDigest === null ? null : safeDigest(image.manifestDigest),
      configDigest: safeDigest(image.configDigest),
      platform: clip2(`${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`, LIMITS.shortChars),
      created: typeof image.config.created === "string" ? clip2(image.config.created, LIMITS.shortChars) : null
    },
    provenance: null,
    totals: {
      layerCount: image.layers.length,
      totalBytes: u.totalBytes,
      visibleBytes: u.visibleBytes,
      wastedBytes: u.wastedBytes,
      efficiency: u.totalBytes === 0 ? 1 : u.visibleBytes / u.totalBytes,
      compressedBytes: image.layers.reduce((s, l) => s + l.compressedBytes, 0),
      compressedKind: compressedKind(image),
      fileCount: u.visibleFiles.length
    },
    waste: {
      byCause: u.wasteByCause,
      topPaths,
      topPathsOmitted: wasted.length - topPaths.length,
      deletedPaths: deleted,
      deletedPathsOmitted: u.deletions.length - deleted.length
    },
    layers,
    baseImage: base,
    duplicates: duplicates(u.visibleFiles, cap(opts2.duplicateGroups, 50, LIMITS.listItems), cap(opts2.duplicatePaths, 20, LIMITS.groupPaths)),
    directoryDepth: depth2,
    directories: dirs.list,
    directoriesOmitted: dirs.omitted,
    hints: [],
    verdicts: []
  };
  const notes = u.notesOmitted > 0 ? [...u.notes, `\u2026 and ${u.notesOmitted} more`] : u.notes;
  return { report, image, visibleFiles: u.visibleFiles, wasted, deletions: u.deletions, layerEvents, tree: u.tree, notes };
}

// src/image/index.ts
import { closeSync, existsSync, fstatSync, openSync, readSync as readSync2, statSync as statSync3 } from "node:fs";

// src/image/archive-file.ts
import { open as open2, stat } from "node:fs/promises";

// src/image/file-store.ts
import { constants, readSync, realpathSync, statSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { join, posix, sep } from "node:path";

// src/image/media-types.ts
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_SCHEMA1 = ["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"];
var DOCKER_LAYER_TAR = "application/vnd.docker.image.rootfs.diff.tar";
var DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
var MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].join(", ");
function isIndexType(mt) {
  return mt === OCI_INDEX || mt === DOCKER_LIST;
}
function layerKind(mt) {
  if (/nondistributable|foreign/.test(mt)) return "foreign";
  if (/^application\/vnd\.oci\.image\.layer\.v1\.tar(\+gzip|\+zstd)?$/.test(mt)) return "layer";
  if (/^application\/vnd\.docker\.image\.rootfs\.diff\.tar(\.gzip|\.zstd)?$/.test(mt)) return "layer";
  if (/^application\/vnd\.[a-z0-9.-]+\.tar(\+gzip|\+zstd)?$/.test(mt)) return "layer";
  return "unsupported";
}

// src/image/plan.ts
import { createHash } from "node:crypto";

// src/image/platform.ts
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  i386: "386",
  i686: "386",
  armhf: "arm",
  armel: "arm"
};
function parsePlatform(s) {
  const parts = s.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p2) => !/^[A-Za-z0-9_.-]+$/.test(p2))) {
    throw new InputError(`invalid platform ${JSON.stringify(s)}`, { hint: "write it as os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8" });
  }
  const p = { os: parts[0].toLowerCase(), architecture: parts[1].toLowerCase() };
  if (parts[2] !== void 0) p.variant = parts[2].toLowerCase();
  return p;
}
function formatPlatform(p) {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}`;
}
function normalizePlatform(p) {
  const architecture = ARCH_ALIASES[p.architecture.toLowerCase()] ?? p.architecture.toLowerCase();
  const out = { os: p.os.toLowerCase(), architecture };
  const variant = p.variant?.toLowerCase() ?? (architecture === "arm64" ? "v8" : void 0);
  if (variant !== void 0 && variant !== "") out.variant = variant;
  return out;
}
function platformMatches(want, have) {
  const w = normalizePlatform(want);
  const h = normalizePlatform(have);
  if (w.os !== h.os || w.architecture !== h.architecture) return false;
  if (want.variant === void 0) return true;
  return w.variant === h.variant;
}
function selectPlatform(entries, want, where) {
  if (entries.length === 0) throw new InputError(`${where} lists no images`, { hint: "the index lists no image: export or push an image with at least one platform" });
  const available = () => {
    const list = entries.map((e2) => e2.platform ? formatPlatform(e2.platform) : "unknown");
    return [...new Set(list)].join(", ");
  };
  if (want !== void 0) {
    const hit = entries.find((e2) => e2.platform !== void 0 && platformMatches(want, e2.platform));
    if (hit) return hit;
    if (entries.length === 1 && entries[0].platform === void 0) return entries[0];
    throw new InputError(`no image for platform ${formatPlatform(want)} in ${where}; available: ${available()}`, {
      hint: "pass one of the available platforms with --platform"
    });
  }
  if (entries.length === 1) return entries[0];
  const amd64 = entries.find((e2) => e2.platform !== void 0 && platformMatches({ os: "linux", architecture: "amd64" }, e2.platform));
  if (amd64) return amd64;
  throw new InputError(`${where} holds several images and none is linux/amd64; available: ${available()}`, {
    hint: "choose one with --platform os/arch[/variant]"
  });
}

// src/image/schemas.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var str = { type: "string" };
var strOrNull = { type: ["string", "null"] };
var strList = { type: ["array", "null"], items: str };
var strMap = { type: ["object", "null"], additionalProperties: str };
var digest = { type: "string", maxLength: 256, pattern: "^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$" };
var platform = {
  type: "object",
  required: ["os", "architecture"],
  properties: { os: str, architecture: str, variant: str, "os.version": str, "os.features": { type: "array", items: str }, features: { type: "array", items: str } }
};
var descriptor = {
  type: "object",
  required: ["digest"],
  properties: {
    mediaType: str,
    digest: { type: "string", maxLength: 256 },
    size: { type: "integer", minimum: 0 },
    platform,
    annotations: { type: "object", additionalProperties: str },
    urls: { type: "array", items: str }
  }
};
var CONFIG_SCHEMA = {
  type: "object",
  required: ["rootfs"],
  properties: {
    architecture: str,
    os: str,
    variant: str,
    created: strOrNull,
    author: strOrNull,
    config: {
      type: ["object", "null"],
      properties: { Labels: strMap, Env: strList, Cmd: strList, Entrypoint: strList, User: str, WorkingDir: str }
    },
    rootfs: {
      type: "object",
      required: ["diff_ids"],
      properties: { type: str, diff_ids: { type: "array", items: digest } }
    },
    history: {
      type: "array",
      items: {
        type: "object",
        properties: { created: strOrNull, created_by: str, author: str, comment: str, empty_layer: { type: "boolean" } }
      }
    }
  }
};
var MANIFEST_SCHEMA = {
  type: "object",
  required: ["config", "layers"],
  properties: {
    schemaVersion: { type: "integer" },
    mediaType: str,
    config: descriptor,
    layers: { type: "array", items: descriptor },
    annotations: { type: "object", additionalProperties: str }
  }
};
var INDEX_SCHEMA = {
  type: "object",
  required: ["manifests"],
  properties: {
    schemaVersion: { type: "integer" },
    mediaType: str,
    manifests: { type: "array", items: descriptor },
    annotations: { type: "object", additionalProperties: str }
  }
};
var validators = /* @__PURE__ */ new Map();
var ajv = null;
function compiled(schema) {
  let v = validators.get(schema);
  if (v === void 0) {
    ajv ??= new import_ajv2.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
    v = ajv.compile(schema);
    validators.set(schema, v);
  }
  return v;
}
function describe2(e2) {
  const where = e2.instancePath === "" ? "the document" : untrusted(e2.instancePath, 120);
  const p = e2.params;
  switch (e2.keyword) {
    case "required":
      return `${where} lacks ${untrusted(String(p["missingProperty"]), 60)}`;
    case "type":
      return `${where} must be ${String(p["type"]).replace(",", " or ")}`;
    case "pattern":
      return `${where} is not a digest (alg:hex)`;
    default:
      return `${where} ${e2.message ?? "is invalid"}`;
  }
}
function validateDocument(doc, schema, what, hint) {
  const v = compiled(schema);
  if (!v(doc)) {
    const first = v.errors?.[0];
    throw new InputError(`${what}: ${first ? describe2(first) : "invalid"}`, { hint });
  }
  return doc;
}

// src/image/plan.ts
var JSON_CAP_BYTES = 16 << 20;
function sha256Digest(bytes) {
  return "sha256:" + createHash("sha256").update(bytes).digest("hex");
}
function shortDigest(d) {
  const i = d.indexOf(":");
  return i >= 0 && d.length > i + 13 ? `${d.slice(0, i + 13)}\u2026` : d;
}
var DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
function blobPath(digest2, where) {
  const m = typeof digest2 === "string" ? DIGEST_RE.exec(digest2) : null;
  if (!m) throw new InputError(`invalid digest ${untrusted(JSON.stringify(digest2) ?? String(digest2), 120)} in ${where}`, { hint: "the layout is corrupt or hostile: digests are alg:hex" });
  return `blobs/${m[1]}/${m[2]}`;
}
function parseJson(bytes, what) {
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
  } catch (e2) {
    throw new InputError(`${what} is not valid JSON`, { cause: e2, hint: "the image is corrupt or hostile: manifests, indexes and configs are JSON documents" });
  }
}
function isObject3(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function strRecord(x) {
  const out = {};
  if (isObject3(x)) {
    for (const [k, v] of Object.entries(x)) if (typeof v === "string") out[k] = v;
  }
  return out;
}
function asPlatform(x) {
  if (!isObject3(x) || typeof x["os"] !== "string" || typeof x["architecture"] !== "string") return void 0;
  const p = { os: x["os"], architecture: x["architecture"] };
  if (typeof x["variant"] === "string" && x["variant"] !== "") p.variant = x["variant"];
  return p;
}
function asDescriptor(x, what) {
  if (!isObject3(x) || typeof x["digest"] !== "string") throw new InputError(`${what}: descriptor without a digest`, { hint: "every descriptor names its blob by digest (alg:hex); the image is corrupt or hostile" });
  const d = { digest: x["digest"] };
  if (typeof x["mediaType"] === "string") d.mediaType = x["mediaType"];
  if (typeof x["size"] === "number") d.size = x["size"];
  const p = asPlatform(x["platform"]);
  if (p) d.platform = p;
  if (isObject3(x["annotations"])) d.annotations = strRecord(x["annotations"]);
  if (Array.isArray(x["urls"])) d.urls = x["urls"].filter((u) => typeof u === "string");
  return d;
}
var REF_NAME = "org.opencontainers.image.ref.name";
var CONTAINERD_NAME = "io.containerd.image.name";
function isAttestation(d) {
  const t2 = d.annotations?.["vnd.docker.reference.type"];
  return t2 === "attestation-manifest" || d.platform?.os === "unknown" && d.platform.architecture === "unknown";
}
function refName(d) {
  return d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
}
function refMatches(d, ref) {
  const a = d.annotations ?? {};
  const names = [a[REF_NAME], a[CONTAINERD_NAME]].filter((x) => x !== void 0);
  return names.some((n) => n === ref || n.endsWith(`/${ref}`) || n.endsWith(`:${ref}`) || n === `${ref}:latest` || n.endsWith(`/${ref}:latest`));
}
function checkSchema(doc, mediaType, what) {
  const mt = typeof doc["mediaType"] === "string" ? doc["mediaType"] : mediaType;
  if (doc["schemaVersion"] === 1 || mt !== void 0 && DOCKER_SCHEMA1.includes(mt)) {
    throw new InputError(`${what} is a Docker schema 1 manifest, which is not supported`, {
      hint: "push or convert the image as a Docker v2 schema 2 or OCI manifest (e.g. skopeo copy --format v2s2)"
    });
  }
}
async function fetchDoc(desc, fetch, what) {
  const bytes = await fetch(desc, what);
  if (desc.digest.startsWith("sha256:") && sha256Digest(bytes) !== desc.digest) {
    throw new InputError(`${what} (${shortDigest(desc.digest)}) does not match its digest`, { hint: "the image is corrupt, or the registry or layout served other content than its digest names" });
  }
  const doc = parseJson(bytes, what);
  if (!isObject3(doc)) throw new InputError(`${what} is not a JSON object`, { hint: "manifests and indexes are JSON objects; the image is corrupt or hostile" });
  checkSchema(doc, desc.mediaType, what);
  return doc;
}
function docIsIndex(doc, mediaType) {
  const mt = typeof doc["mediaType"] === "string" ? doc["mediaType"] : mediaType;
  return isIndexType(mt) || Array.isArray(doc["manifests"]) && !Array.isArray(doc["layers"]);
}
function indexEntries(doc, what) {
  const ok = validateDocument(doc, INDEX_SCHEMA, what, "an image index (or manifest list) holds a `manifests` array of descriptors {mediaType, digest, size, platform}; the image is corrupt or hostile");
  return ok.manifests.map((m, i) => asDescriptor(m, `${what}, entry ${i}`));
}
async function resolveIndex(indexDoc, fetch, opts2, what = `index.json of ${opts2.where}`) {
  let entries = indexEntries(indexDoc, what).filter((d) => !isAttestation(d));
  const inherited = strRecord(indexDoc["annotations"]);
  if (opts2.ref !== void 0) {
    const byRef = entries.filter((d) => refMatches(d, opts2.ref));
    if (byRef.length === 0) {
      const refs = entries.map((d) => d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME]).filter((x) => x !== void 0);
      throw new InputError(`no image named ${untrusted(JSON.stringify(opts2.ref))} in ${opts2.where}; available: ${refs.length ? untrusted(refs.join(", "), 400) : "none named"}`, {
        hint: "name one of the available refs after the path, e.g. oci:DIR:latest"
      });
    }
    entries = byRef;
  } else if (entries.length > 1 && (entries.every((d) => d.platform === void 0) || new Set(entries.map(refName).filter((n) => n !== void 0)).size > 1)) {
    const refs = entries.map((d) => refName(d) ?? shortDigest(d.digest));
    throw new InputError(`${opts2.where} holds ${entries.length} images (${untrusted(refs.join(", "), 400)}); name one`, {
      hint: "append :REF to the source, e.g. oci:DIR:latest"
    });
  }
  return follow(entries, fetch, opts2, what, inherited, 0);
}
async function follow(entries, fetch, opts2, what, inherited, depth2) {
  if (depth2 > 4) throw new InputError(`${what}: indexes nested too deeply`, { hint: "image indexes may nest at most 4 levels; the image is corrupt or hostile" });
  const chosen = selectPlatform(entries, opts2.platform, what);
  const childWhat = `${chosen.platform ? `${formatPlatform(chosen.platform)} ` : ""}manifest ${shortDigest(chosen.digest)} of ${opts2.where}`;
  const doc = await fetchDoc(chosen, fetch, childWhat);
  const annotations = { ...inherited, ...chosen.annotations ?? {} };
  if (docIsIndex(doc, chosen.mediaType)) {
    const nested = indexEntries(doc, `index ${shortDigest(chosen.digest)} of ${opts2.where}`).filter((d) => !isAttestation(d));
    return follow(nested, fetch, opts2, `index ${shortDigest(chosen.digest)} of ${opts2.where}`, { ...annotations, ...strRecord(doc["annotations"]) }, depth2 + 1);
  }
  const out = { doc, digest: chosen.digest, annotations: { ...annotations, ...strRecord(doc["annotations"]) } };
  if (chosen.platform) out.platform = chosen.platform;
  return out;
}
async function resolveDocument(bytes, digest2, mediaType, fetch, opts2) {
  const what = `manifest of ${opts2.where}`;
  const doc = parseJson(bytes, what);
  if (!isObject3(doc)) throw new InputError(`${what} is not a JSON object`, { hint: "manifests and indexes are JSON objects; the image is corrupt or hostile" });
  checkSchema(doc, mediaType, what);
  if (docIsIndex(doc, mediaType)) {
    const entries = indexEntries(doc, `index of ${opts2.where}`).filter((d) => !isAttestation(d));
    return follow(entries, fetch, { ...opts2 }, `index of ${opts2.where}`, strRecord(doc["annotations"]), 0);
  }
  return { doc, digest: digest2, annotations: strRecord(doc["annotations"]) };
}
function parseConfig2(bytes, what) {
  const doc = parseJson(bytes, what);
  if (!isObject3(doc)) throw new InputError(`${what} is not a JSON object`, { hint: "the image config must be a JSON object (OCI image config); the image is corrupt or hostile" });
  const rootfs = doc["rootfs"];
  if (!isObject3(rootfs) || rootfs["diff_ids"] === void 0) {
    throw new InputError(`${what} has no rootfs.diff_ids`, { hint: "the config is not an image config: an OCI image config holds rootfs.diff_ids, one per layer" });
  }
  return validateDocument(doc, CONFIG_SCHEMA, what, "the image config does not follow the OCI image config spec (rootfs.diff_ids strings, history objects, config.Env/Cmd string lists); the image is corrupt or hostile");
}
function platformOf(config, fromIndex) {
  if (typeof config.os === "string" && typeof config.architecture === "string" && config.os !== "") {
    const p = { os: config.os, architecture: config.architecture };
    if (typeof config.variant === "string" && config.variant !== "") p.variant = config.variant;
    return p;
  }
  return fromIndex ?? { os: "unknown", architecture: "unknown" };
}
function checkLayerCount(manifestLayers, diffIds, where) {
  if (manifestLayers !== diffIds) {
    throw new InputError(`${where}: the manifest lists ${manifestLayers} layers but the config's rootfs.diff_ids has ${diffIds}`, {
      hint: "the image is corrupt or was assembled by a broken tool"
    });
  }
}
async function planFromManifest(m, fetchConfig, where) {
  const what = `manifest ${shortDigest(m.digest)} of ${where}`;
  const doc = validateDocument(m.doc, MANIFEST_SCHEMA, what, "an image manifest holds a `config` descriptor and a `layers` array of descriptors {mediaType, digest, size}; the image is corrupt or hostile");
  const configDesc = asDescriptor(m.doc["config"], `${what}, config`);
  const configBytes = await fetchConfig(configDesc, `config ${shortDigest(configDesc.digest)} of ${where}`);
  if (configDesc.digest.startsWith("sha256:") && sha256Digest(configBytes) !== configDesc.digest) {
    throw new InputError(`config of ${where} does not match its digest ${shortDigest(configDesc.digest)}`, { hint: "the image is corrupt, or the registry or layout served other content than its digest names" });
  }
  const config = parseConfig2(configBytes, `config ${shortDigest(configDesc.digest)} of ${where}`);
  const descs = doc.layers.map((l, i) => asDescriptor(l, `${what}, layer ${i}`));
  checkLayerCount(descs.length, config.rootfs.diff_ids.length, where);
  const layers = descs.map((d, i) => {
    const mediaType = d.mediaType ?? "application/vnd.oci.image.layer.v1.tar";
    const kind = layerKind(mediaType);
    if (kind === "unsupported") {
      throw new InputError(`layer ${i} (${shortDigest(d.digest)}) of ${where} has unsupported media type ${untrusted(mediaType, 120)}`, {
        hint: "only tar layers (plain, gzip, zstd) can be analyzed; is this an artifact rather than an image?"
      });
    }
    return { digest: d.digest, diffId: config.rootfs.diff_ids[i], mediaType, location: d.digest, claimedBytes: d.size ?? null, foreign: kind === "foreign" };
  });
  return {
    manifestDigest: m.digest,
    configDigest: configDesc.digest,
    config,
    platform: platformOf(config, m.platform),
    annotations: m.annotations,
    names: [],
    layers
  };
}

// src/tar/paths.ts
function dotSegment(name, i) {
  if (name.charCodeAt(i) !== 46) return false;
  const a = name.charCodeAt(i + 1);
  if (a !== a || a === 47) return true;
  if (a !== 46) return false;
  const b = name.charCodeAt(i + 2);
  return b !== b || b === 47;
}
function cleanPath(name) {
  const n = name.length;
  let start = 0;
  while (start + 1 < n && name.charCodeAt(start) === 46 && name.charCodeAt(start + 1) === 47) start += 2;
  let end = n;
  if (end > start + 1 && name.charCodeAt(end - 1) === 47) end--;
  let simple = start < end;
  if (simple) {
    const first = name.charCodeAt(start);
    if (first === 47 ? dotSegment(name, start + 1) || name.charCodeAt(start + 1) === 47 : dotSegment(name, start)) simple = false;
    for (let i = start + 1; simple && i < end; i++) {
      if (name.charCodeAt(i) !== 47) continue;
      const c = name.charCodeAt(i + 1);
      if (c === 47 || i + 1 >= end || dotSegment(name, i + 1)) simple = false;
    }
  }
  if (simple) {
    if (name.charCodeAt(start) === 47) return start === 0 && end === n ? name : name.slice(start, end);
    return "/" + name.slice(start, end);
  }
  const out = [];
  for (const seg of name.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return "/" + out.join("/");
}
function cleanRelative(name) {
  return cleanPath(name).slice(1);
}
function parentRelative(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function resolveRelative(from, target) {
  return cleanRelative(target.startsWith("/") ? target : parentRelative(from) + "/" + target);
}

// src/tar/headers.ts
var BLOCK_BYTES = 512;
var MAX_SIZE_BYTES = Number.MAX_SAFE_INTEGER;
var TYPE = {
  /** '\0': old regular file */
  oldFile: 0,
  /** '0' regular file */
  file: 48,
  /** '1' hardlink */
  hardlink: 49,
  /** '2' symlink */
  symlink: 50,
  /** '3' character device */
  char: 51,
  /** '4' block device */
  block: 52,
  /** '5' directory */
  dir: 53,
  /** '6' fifo */
  fifo: 54,
  /** '7' contiguous file (a regular file) */
  contiguous: 55,
  /** 'x' PAX extended header for the next entry */
  pax: 120,
  /** 'g' PAX global extended header */
  paxGlobal: 103,
  /** 'L' GNU long name for the next entry */
  gnuLongName: 76,
  /** 'K' GNU long link name for the next entry */
  gnuLongLink: 75,
  /** 'D' GNU dump directory (a directory with a listing as body) */
  gnuDumpDir: 68,
  /** 'S' GNU sparse file */
  gnuSparse: 83
};
var HeaderError = class extends InputError {
  /** 'checksum' for a block whose checksum does not match (e.g. not a tar at all), 'field' for a bad field */
  reason;
  constructor(reason, message) {
    super(message, { hint: "the archive is corrupt or not a tar; re-export it" });
    this.reason = reason;
  }
};
var utf8 = new TextDecoder("utf-8");
var nativeUtf8Slice = Buffer.prototype.utf8Slice;
function decodeString(buf, start, end) {
  let i = start;
  while (i < end && buf[i] !== 0) i++;
  if (i === start) return "";
  return nativeUtf8Slice !== void 0 ? nativeUtf8Slice.call(buf, start, i) : utf8.decode(buf.subarray(start, i));
}
function parseNumeric(buf, start, len2, field) {
  const first = buf[start];
  if (first & 128) {
    if (first === 255) {
      if (field !== "mtime") throw new HeaderError("field", `negative ${field}`);
      let n = 0;
      for (let i2 = 1; i2 < len2; i2++) {
        n = n * 256 + (buf[start + i2] ^ 255);
        if (n > MAX_SIZE_BYTES) throw new HeaderError("field", `absurd ${field} (less than -2^53)`);
      }
      return -(n + 1);
    }
    let v2 = first & 127;
    for (let i2 = 1; i2 < len2; i2++) {
      v2 = v2 * 256 + buf[start + i2];
      if (v2 > MAX_SIZE_BYTES) throw new HeaderError("field", `absurd ${field} (more than 2^53)`);
    }
    return v2;
  }
  let i = start;
  const end = start + len2;
  while (i < end && (buf[i] === 32 || buf[i] === 0)) i++;
  let v = 0;
  for (; i < end; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 55) v = v * 8 + (c - 48);
    else if (c === 32 || c === 0) break;
    else throw new HeaderError("field", `invalid ${field} field`);
  }
  for (; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 0) throw new HeaderError("field", `invalid ${field} field`);
  }
  if (v > MAX_SIZE_BYTES) throw new HeaderError("field", `absurd ${field} (more than 2^53)`);
  return v;
}
var wordsOf = null;
var words = new Uint32Array(0);
function blockSum(buf, off) {
  const abs = buf.byteOffset + off;
  if ((abs & 3) === 0) {
    if (wordsOf !== buf.buffer) {
      wordsOf = buf.buffer;
      words = new Uint32Array(buf.buffer, 0, buf.buffer.byteLength >>> 2);
    }
    let even = 0;
    let odd = 0;
    for (let w = abs >>> 2, end = w + 128; w < end; w++) {
      const x = words[w];
      even += x & 16711935;
      odd += x >>> 8 & 16711935;
    }
    return (even & 65535) + Math.floor(even / 65536) + (odd & 65535) + Math.floor(odd / 65536);
  }
  let sum = 0;
  for (let i = off, end = off + BLOCK_BYTES; i < end; i++) sum += buf[i];
  return sum;
}
function signedChecksum(buf, off) {
  let sum = 0;
  for (let i = off; i < off + BLOCK_BYTES; i++) {
    const b = i >= off + 148 && i < off + 156 ? 32 : buf[i];
    sum += b > 127 ? b - 256 : b;
  }
  return sum;
}
function decodeHeader(buf, off) {
  let sum = blockSum(buf, off);
  if (sum === 0) return null;
  for (let i = off + 148; i < off + 156; i++) sum += 32 - buf[i];
  let stored;
  try {
    stored = parseNumeric(buf, off + 148, 8, "checksum");
  } catch {
    throw new HeaderError("checksum", "bad header checksum");
  }
  if (stored !== sum && stored !== signedChecksum(buf, off)) throw new HeaderError("checksum", "bad header checksum");
  const typeflag = buf[off + 156];
  let format = "v7";
  if (buf[off + 257] === 117 && buf[off + 258] === 115 && buf[off + 259] === 116 && buf[off + 260] === 97 && buf[off + 261] === 114) {
    format = buf[off + 262] === 32 ? "gnu" : "ustar";
  }
  let name = decodeString(buf, off, off + 100);
  if (format === "ustar" && buf[off + 345] !== 0) {
    const prefix = decodeString(buf, off + 345, off + 500);
    name = prefix + "/" + name;
  }
  const linkname = buf[off + 157] === 0 ? "" : decodeString(buf, off + 157, off + 257);
  return {
    name,
    mode: parseNumeric(buf, off + 100, 8, "mode"),
    uid: parseNumeric(buf, off + 108, 8, "uid"),
    gid: parseNumeric(buf, off + 116, 8, "gid"),
    sizeBytes: parseNumeric(buf, off + 124, 12, "size"),
    mtimeSec: parseNumeric(buf, off + 136, 12, "mtime"),
    typeflag,
    linkname,
    format
  };
}
function paxInteger(key, value) {
  if (!/^[0-9]{1,16}$/.test(value)) throw new HeaderError("field", `invalid pax ${key} '${value.slice(0, 40)}'`);
  const v = Number(value);
  if (v > MAX_SIZE_BYTES) throw new HeaderError("field", `absurd pax ${key} (more than 2^53)`);
  return v;
}
function parsePax(data) {
  const out = {};
  let off = 0;
  while (off < data.length) {
    if (data[off] === 0) break;
    let len2 = 0;
    let i = off;
    while (i < data.length && data[i] >= 48 && data[i] <= 57 && i - off < 12) len2 = len2 * 10 + (data[i++] - 48);
    if (i === off || data[i] !== 32 || len2 <= i - off + 1 || off + len2 > data.length || data[off + len2 - 1] !== 10) {
      throw new HeaderError("field", "malformed pax record");
    }
    const rec = utf8.decode(data.subarray(i + 1, off + len2 - 1));
    const eq = rec.indexOf("=");
    if (eq <= 0) throw new HeaderError("field", "malformed pax record");
    const key = rec.slice(0, eq);
    const value = rec.slice(eq + 1);
    switch (key) {
      case "path":
        out.path = value;
        break;
      case "linkpath":
        out.linkpath = value;
        break;
      case "size":
        out.sizeBytes = paxInteger("size", value);
        break;
      case "uid":
        out.uid = paxInteger("uid", value);
        break;
      case "gid":
        out.gid = paxInteger("gid", value);
        break;
      case "mtime": {
        if (!/^-?[0-9]{1,16}(\.[0-9]*)?$/.test(value)) throw new HeaderError("field", `invalid pax mtime '${value.slice(0, 40)}'`);
        out.mtimeSec = Math.floor(Number(value));
        break;
      }
      default:
        break;
    }
    off += len2;
  }
  return out;
}
function parseGnuLongName(data) {
  return decodeString(data, 0, data.length);
}
function entryType(h) {
  switch (h.typeflag) {
    case TYPE.file:
    case TYPE.oldFile:
    case TYPE.contiguous:
      return h.name.endsWith("/") ? "dir" : "file";
    case TYPE.gnuSparse:
      return "file";
    case TYPE.dir:
    case TYPE.gnuDumpDir:
      return "dir";
    case TYPE.symlink:
      return "symlink";
    case TYPE.hardlink:
      return "hardlink";
    default:
      return "other";
  }
}

// src/tar/walk.ts
var MAX_META_BYTES = 1 << 20;
var TRUNCATED_HINT = "the archive is cut short: export it again (docker save, skopeo copy) and check that the copy completed";
var CORRUPT_HINT = "the archive is damaged or not a tar: export it again (docker save, skopeo copy)";
var STEP = {
  /** an entry (`TarWalk.entry`): `bodyBytes` of body follow, then `padBytes` */
  entry: 0,
  /** read `bodyBytes` of metadata, hand them to `meta()`, then skip `padBytes` */
  meta: 1,
  /** a zero block: continue with the next header */
  zero: 2,
  /** end of archive: ignore the rest */
  end: 3
};
function padOf(n) {
  const r = n % BLOCK_BYTES;
  return r === 0 ? 0 : BLOCK_BYTES - r;
}
function isMetaHeader(h) {
  const t2 = h.typeflag;
  return t2 === TYPE.pax || t2 === TYPE.paxGlobal || t2 === TYPE.gnuLongName || t2 === TYPE.gnuLongLink;
}
var PendingMeta = class {
  pax = null;
  global = null;
  longName = null;
  longLink = null;
  /** whether metadata is waiting for an entry (an archive that ends here is truncated) */
  get pending() {
    return this.pax !== null || this.longName !== null || this.longLink !== null;
  }
  /** takes the body of a metadata header (see isMetaHeader); throws HeaderError for malformed records */
  accept(h, body) {
    switch (h.typeflag) {
      case TYPE.pax:
        this.pax = { ...this.pax ?? {}, ...parsePax(body) };
        break;
      case TYPE.paxGlobal: {
        const g = parsePax(body);
        const keep = { ...this.global ?? {} };
        if (g.uid !== void 0) keep.uid = g.uid;
        if (g.gid !== void 0) keep.gid = g.gid;
        if (g.mtimeSec !== void 0) keep.mtimeSec = g.mtimeSec;
        this.global = keep;
        break;
      }
      case TYPE.gnuLongName:
        this.longName = parseGnuLongName(body);
        break;
      case TYPE.gnuLongLink:
        this.longLink = parseGnuLongName(body);
        break;
      default:
        throw new HeaderError("field", "not a metadata header");
    }
  }
  /** applies the pending metadata to an entry header (in place) and clears it; PAX wins over GNU long names */
  resolve(h) {
    const g = this.global;
    if (g !== null) {
      if (g.uid !== void 0) h.uid = g.uid;
      if (g.gid !== void 0) h.gid = g.gid;
      if (g.mtimeSec !== void 0) h.mtimeSec = g.mtimeSec;
    }
    if (this.longName !== null) h.name = this.longName;
    if (this.longLink !== null) h.linkname = this.longLink;
    const p = this.pax;
    if (p !== null) {
      if (p.path !== void 0) h.name = p.path;
      if (p.linkpath !== void 0) h.linkname = p.linkpath;
      if (p.sizeBytes !== void 0) h.sizeBytes = p.sizeBytes;
      if (p.uid !== void 0) h.uid = p.uid;
      if (p.gid !== void 0) h.gid = p.gid;
      if (p.mtimeSec !== void 0) h.mtimeSec = p.mtimeSec;
    }
    this.pax = null;
    this.longName = null;
    this.longLink = null;
    return h;
  }
};
var TarWalk = class {
  /** entry headers seen (metadata headers excluded) */
  entryCount = 0;
  /** headers of any kind seen */
  headerCount = 0;
  /** raw name of the last entry, for messages */
  lastName = null;
  /** after the last `header()`: length of the body that follows */
  bodyBytes = 0;
  /** after the last `header()`: padding after the body */
  padBytes = 0;
  /** after a STEP.entry: the entry's header, with PAX / GNU metadata applied */
  entry = null;
  /** after a STEP.meta: the metadata header */
  metaHeader = null;
  /** a zero block was just seen (a second one ends the archive) */
  zeroSeen = false;
  /** the end-of-archive marker was seen */
  ended = false;
  pending = new PendingMeta();
  /** where we are, for messages: `after entry NAME` or `at the start` */
  where() {
    return this.lastName === null ? "at the start of the archive" : `after entry ${untrusted(this.lastName)}`;
  }
  /** the error for an archive that ends in the middle of a header block */
  truncatedHeader() {
    if (this.headerCount === 0) return new InputError("not a tar archive: shorter than one header", { hint: CORRUPT_HINT });
    return new InputError(`unexpected end of archive in a header ${this.where()}`, { hint: TRUNCATED_HINT });
  }
  /** the error for an archive that ends inside the body (or padding) of the current entry */
  truncatedBody() {
    const name = this.metaHeader !== null ? `metadata header ${this.where()}` : `entry ${untrusted(this.lastName ?? "?")}`;
    return new InputError(`unexpected end of archive in ${name}`, { hint: TRUNCATED_HINT });
  }
  /** checks an archive that ended right after a complete header or body (no end-of-archive marker) */
  endAtBoundary(totalBytes) {
    if (this.ended || this.zeroSeen) return;
    if (totalBytes === 0) throw new InputError("not a tar archive: empty", { hint: CORRUPT_HINT });
    if (this.pending.pending) {
      throw new InputError(`unexpected end of archive ${this.where()}: metadata header without its entry`, { hint: TRUNCATED_HINT });
    }
  }
  /**
   * Decodes the header block at block[off, off+512), which sits at tar offset `offset`. Returns what follows
   * (see STEP) and sets bodyBytes / padBytes / entry / metaHeader.
   */
  header(block, off, offset) {
    let h;
    try {
      h = decodeHeader(block, off);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      if (err.reason === "checksum") {
        if (this.headerCount === 0) throw new InputError("not a tar archive: bad header checksum", { hint: CORRUPT_HINT });
        if (this.zeroSeen) {
          this.ended = true;
          return STEP.end;
        }
        throw new InputError(`corrupt archive: bad header checksum at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
      }
      const name = decodeString(block, off, off + 100);
      throw new InputError(`${err.message} in entry ${untrusted(name || "(no name)")} at offset ${offset}`, { hint: CORRUPT_HINT });
    }
    this.headerCount++;
    if (h === null) {
      if (this.zeroSeen) {
        this.ended = true;
        return STEP.end;
      }
      this.zeroSeen = true;
      return STEP.zero;
    }
    this.zeroSeen = false;
    if (isMetaHeader(h)) {
      if (h.sizeBytes > MAX_META_BYTES) {
        throw new InputError(`absurd metadata header size (${h.sizeBytes} bytes) at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
      }
      this.metaHeader = h;
      this.entry = null;
      this.bodyBytes = h.sizeBytes;
      this.padBytes = padOf(h.sizeBytes);
      return STEP.meta;
    }
    this.pending.resolve(h);
    this.bodyBytes = h.sizeBytes;
    this.padBytes = padOf(h.sizeBytes);
    this.metaHeader = null;
    this.entryCount++;
    this.lastName = h.name;
    this.entry = h;
    return STEP.entry;
  }
  /** takes the body of the metadata header announced by the last STEP.meta */
  meta(body, offset) {
    const h = this.metaHeader;
    try {
      this.pending.accept(h, body);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      throw new InputError(`${err.message} in metadata header at offset ${offset} ${this.where()}`, { hint: CORRUPT_HINT });
    }
    this.metaHeader = null;
  }
};

// src/tar/seek.ts
var WINDOW_BYTES = 256 * 1024;
var EMPTY = new Uint8Array(0);
function plain(b) {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
function* seekWalk(sizeBytes, sink, opts2, walk) {
  const size2 = sizeBytes;
  const windowBytes = opts2.windowBytes ?? WINDOW_BYTES;
  const req = { offset: 0, length: 0 };
  let buf = new Uint8Array(0);
  let bufStart = 0;
  let off = 0;
  for (; ; ) {
    if (off >= size2) {
      walk.endAtBoundary(size2);
      return;
    }
    if (off + BLOCK_BYTES > size2) throw walk.truncatedHeader();
    if (off < bufStart || off + BLOCK_BYTES > bufStart + buf.length) {
      req.offset = off;
      req.length = Math.min(windowBytes, size2 - off);
      const got = yield req;
      if (got.length < BLOCK_BYTES) throw walk.truncatedHeader();
      buf = plain(got);
      bufStart = off;
    }
    const step = walk.header(buf, off - bufStart, off);
    off += BLOCK_BYTES;
    if (step === STEP.end) return;
    if (step === STEP.zero) continue;
    const n = walk.bodyBytes;
    const need = step === STEP.meta ? n : Math.min(n, sink.entry(walk.entry, off));
    let bytes = EMPTY;
    if (need > 0) {
      if (off + need > size2) throw walk.truncatedBody();
      if (off + need > bufStart + buf.length) {
        req.offset = off;
        req.length = Math.max(need, Math.min(windowBytes, size2 - off));
        const got = yield req;
        if (got.length < need) throw walk.truncatedBody();
        buf = plain(got);
        bufStart = off;
      }
      bytes = buf.subarray(off - bufStart, off - bufStart + need);
    }
    if (step === STEP.meta) walk.meta(bytes.slice(), off - BLOCK_BYTES);
    else if (need > 0) sink.body(bytes, true);
    off += n + walk.padBytes;
    if (off > size2) throw walk.truncatedBody();
  }
}
async function seekTar(read, sizeBytes, sink, opts2 = {}) {
  const walk = new TarWalk();
  const it = seekWalk(sizeBytes, sink, opts2, walk);
  let r = it.next();
  while (!r.done) r = it.next(await read(r.value.offset, r.value.length));
  return walk;
}
function seekTarSync(read, sizeBytes, sink, opts2 = {}) {
  const walk = new TarWalk();
  const it = seekWalk(sizeBytes, sink, opts2, walk);
  let r = it.next();
  while (!r.done) r = it.next(read(r.value.offset, r.value.length));
  return walk;
}

// src/tar/members.ts
function memberOf(h, offset) {
  const type = entryType(h);
  const linkName = type === "hardlink" ? cleanRelative(h.linkname) : type === "symlink" ? h.linkname : "";
  const sizeBytes = type === "file" || type === "other" ? h.sizeBytes : 0;
  return { name: cleanRelative(h.name), type, linkName, sizeBytes, offset };
}
function resolveMember(members, path2, where) {
  let name = path2;
  for (let hops = 0; hops < 16; hops++) {
    const m = members.get(name);
    if (m === void 0) return null;
    if (m.type === "file") return m;
    if (m.type === "symlink") name = resolveRelative(m.name, m.linkName);
    else if (m.type === "hardlink") name = m.linkName;
    else return null;
  }
  throw new InputError(`${where}: too many levels of links at ${untrusted(path2)}`, { hint: "the archive links its members in a loop; export it again" });
}
function indexMembers(read, sizeBytes) {
  const out = [];
  seekTarSync(read, sizeBytes, {
    entry(h, bodyOffset) {
      out.push(memberOf(h, bodyOffset));
      return 0;
    },
    body() {
    }
  });
  return out;
}
var StreamBody = class {
  left;
  resolveDone;
  done;
  reader;
  walk;
  constructor(reader, sizeBytes, walk) {
    this.reader = reader;
    this.left = sizeBytes;
    this.walk = walk;
    this.done = new Promise((r) => this.resolveDone = r);
    if (sizeBytes === 0) this.resolveDone();
  }
  async peek(n) {
    return this.reader.peek(Math.min(n, this.left));
  }
  async *[Symbol.asyncIterator]() {
    while (this.left > 0) {
      const c = await this.reader.read(this.left);
      if (c === null) throw this.walk.truncatedBody();
      this.left -= c.length;
      if (this.left === 0) this.resolveDone();
      yield c;
    }
  }
  async readAll() {
    const out = await this.reader.readExact(this.left);
    if (out === null) throw this.walk.truncatedBody();
    this.left = 0;
    this.resolveDone();
    return out;
  }
  /** skips whatever the consumer left unread */
  async drain() {
    if (this.left > 0) {
      if (!await this.reader.skip(this.left)) throw this.walk.truncatedBody();
      this.left = 0;
      this.resolveDone();
    }
  }
};
async function walkMembers(reader, onMember) {
  const walk = new TarWalk();
  for (; ; ) {
    const offset = reader.position;
    const block = await reader.readExact(BLOCK_BYTES);
    if (block === null) {
      if (reader.position !== offset) throw walk.truncatedHeader();
      walk.endAtBoundary(offset);
      return;
    }
    const step = walk.header(block, 0, offset);
    if (step === STEP.end) return;
    if (step === STEP.zero) continue;
    const n = walk.bodyBytes;
    if (step === STEP.meta) {
      const body = await reader.readExact(n);
      if (body === null) throw walk.truncatedBody();
      walk.meta(n === 0 ? body : body.slice(), offset);
    } else {
      const m = memberOf(walk.entry, offset + BLOCK_BYTES);
      const body = new StreamBody(reader, m.sizeBytes, walk);
      await onMember(m, body);
      await body.drain();
      if (n > m.sizeBytes && !await reader.skip(n - m.sizeBytes)) throw walk.truncatedBody();
    }
    if (!await reader.skip(walk.padBytes)) throw walk.truncatedBody();
  }
}

// src/image/layout.ts
var MemberStore = class {
  where;
  members;
  constructor(where, members) {
    this.where = where;
    this.members = members;
  }
  member(path2) {
    return resolveMember(this.members, path2, this.where);
  }
  resolve(path2) {
    return this.member(path2)?.name ?? null;
  }
  sizeOf(path2) {
    return this.member(path2)?.sizeBytes ?? null;
  }
};
function isObject4(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function stringValues(x) {
  const out = {};
  if (isObject4(x)) {
    for (const [k, v] of Object.entries(x)) if (typeof v === "string") out[k] = v;
  }
  return out;
}
function digestOfPath(path2) {
  const m = /^blobs\/([a-z0-9+._-]+)\/([a-zA-Z0-9=_-]+)$/.exec(path2);
  return m ? `${m[1]}:${m[2]}` : null;
}
async function planLayout(store, opts2) {
  const hasManifest = store.resolve("manifest.json") !== null;
  const hasIndex = store.resolve("index.json") !== null;
  if (hasManifest && ((opts2.preferDockerManifest ?? true) || !hasIndex)) return planDockerSave(store, opts2, hasIndex);
  if (hasIndex) return planOciLayout(store, opts2);
  if (hasManifest) return planDockerSave(store, opts2, false);
  throw new InputError(`${store.where} has neither manifest.json nor index.json`, {
    hint: "expected a docker save archive (manifest.json) or an OCI layout (oci-layout, index.json)"
  });
}
async function readLayoutJson(store, path2, what) {
  const doc = parseJson(await store.readSmall(path2, what), what);
  if (!isObject4(doc)) throw new InputError(`${what} is not a JSON object`, { hint: "the image is corrupt or hostile: this document must be a JSON object" });
  return doc;
}
async function checkOciLayout(store, required) {
  if (store.resolve("oci-layout") === null) {
    if (required) throw new InputError(`${store.where} is not an OCI layout: oci-layout is missing`, { hint: "an OCI layout holds oci-layout, index.json and blobs/; for a docker save archive use docker-archive:PATH" });
    return;
  }
  const doc = await readLayoutJson(store, "oci-layout", `oci-layout of ${store.where}`);
  const v = doc["imageLayoutVersion"];
  if (typeof v !== "string" || !/^1\./.test(v)) {
    throw new InputError(`${store.where}: unsupported OCI layout version ${untrusted(JSON.stringify(v))} (expected 1.x)`, { hint: "this layer-budget reads OCI image layouts of version 1.x" });
  }
}
function blobFetcher(store) {
  return async (d, what) => {
    const path2 = blobPath(d.digest, store.where);
    if (store.resolve(path2) === null) throw new InputError(`${what} is missing: no ${path2} in ${store.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
    return store.readSmall(path2, what);
  };
}
async function planOciLayout(store, opts2) {
  await checkOciLayout(store, false);
  const index = await readLayoutJson(store, "index.json", `index.json of ${store.where}`);
  const fetch = blobFetcher(store);
  const resolved = await resolveIndex(index, fetch, { ...opts2, where: store.where });
  const plan = await planFromManifest(resolved, fetch, store.where);
  plan.layers.forEach((l, i) => {
    l.location = blobPath(l.location, store.where);
    if (store.resolve(l.location) === null) {
      if (l.foreign) {
        throw new InputError(`layer ${i} (${shortDigest(l.digest ?? l.location)}) is a foreign layer (${l.mediaType}) whose blob is not in ${store.where}`, {
          hint: "foreign (nondistributable) layers live elsewhere; pull the image with its foreign layers included"
        });
      }
      throw new InputError(`layer ${i} (${shortDigest(l.digest ?? l.location)}): blob ${l.location} is missing from ${store.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
    }
  });
  const name = resolved.annotations["org.opencontainers.image.ref.name"] ?? resolved.annotations["io.containerd.image.name"];
  if (name !== void 0) plan.names = [name];
  return plan;
}
function asSaveEntries(doc, where) {
  const what = `manifest.json of ${where}`;
  if (!Array.isArray(doc) || doc.length === 0) throw new InputError(`${what} is not a non-empty array`, { hint: "manifest.json of a docker save is a list of {Config, RepoTags, Layers}; the archive is corrupt or hostile" });
  return doc.map((e2, i) => {
    if (!isObject4(e2) || typeof e2["Config"] !== "string" || !Array.isArray(e2["Layers"]) || !e2["Layers"].every((l) => typeof l === "string")) {
      throw new InputError(`${what}: entry ${i} lacks Config or Layers`, { hint: "manifest.json of a docker save is a list of {Config, RepoTags, Layers}; the archive is corrupt or hostile" });
    }
    const tags = Array.isArray(e2["RepoTags"]) ? e2["RepoTags"].filter((t2) => typeof t2 === "string") : [];
    return { Config: e2["Config"], RepoTags: tags, Layers: e2["Layers"] };
  });
}
function tagMatches(tag, ref) {
  const strip = (s) => s.replace(/^(docker\.io\/)?(library\/)?/, "");
  const withTag = (s) => /:[^/]+$/.test(s) ? s : `${s}:latest`;
  return tag === ref || withTag(strip(tag)) === withTag(strip(ref));
}
function pickSaveEntry(entries, ref, where) {
  if (ref !== void 0) {
    const m = /^@(\d+)$/.exec(ref);
    const hit = m ? entries[Number(m[1])] : entries.find((e2) => e2.RepoTags.some((t2) => tagMatches(t2, ref)));
    if (hit) return hit;
    throw new InputError(`no image ${untrusted(JSON.stringify(ref))} in ${where}; available: ${untrusted(entries.map((e2, i) => e2.RepoTags.join(" ") || `@${i}`).join(", "), 400)}`, {
      hint: "name one of the available tags, or @INDEX, after the archive path, e.g. docker-archive:img.tar:app:latest"
    });
  }
  if (entries.length === 1) return entries[0];
  throw new InputError(`${where} holds ${entries.length} images (${untrusted(entries.map((e2, i) => e2.RepoTags.join(" ") || `@${i}`).join(", "), 400)}); name one`, {
    hint: "append :TAG or :@INDEX to the archive path, e.g. docker-archive:img.tar:app:latest"
  });
}
async function planDockerSave(store, opts2, hasIndex) {
  const doc = parseJson(await store.readSmall("manifest.json", `manifest.json of ${store.where}`), `manifest.json of ${store.where}`);
  const entry = pickSaveEntry(asSaveEntries(doc, store.where), opts2.ref, store.where);
  const configPath = cleanRelative(entry.Config);
  if (store.resolve(configPath) === null) {
    throw new InputError(`config ${untrusted(configPath)} named by manifest.json is missing from ${store.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
  }
  const configBytes = await store.readSmall(configPath, `config ${configPath} of ${store.where}`);
  const configDigest = sha256Digest(configBytes);
  const config = parseConfig2(configBytes, `config ${configPath} of ${store.where}`);
  checkLayerCount(entry.Layers.length, config.rootfs.diff_ids.length, store.where);
  const layers = entry.Layers.map((raw, i) => {
    const named = cleanRelative(raw);
    const location = store.resolve(named);
    if (location === null) {
      throw new InputError(`layer ${i}: ${untrusted(named)} named by manifest.json is missing from ${store.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
    }
    return { digest: digestOfPath(location), diffId: config.rootfs.diff_ids[i], mediaType: DOCKER_LAYER_TAR, mediaTypeGuessed: true, location, claimedBytes: null, foreign: false };
  });
  const plan = {
    manifestDigest: null,
    configDigest,
    config,
    platform: platformOf(config, void 0),
    annotations: {},
    names: entry.RepoTags,
    layers
  };
  if (hasIndex) await enrichFromIndex(store, plan);
  return plan;
}
async function enrichFromIndex(store, plan) {
  const seen = /* @__PURE__ */ new Set();
  const visit = async (d, depth2) => {
    if (depth2 > 4 || seen.has(d.digest)) return false;
    seen.add(d.digest);
    let path2;
    try {
      path2 = blobPath(d.digest, store.where);
    } catch {
      return false;
    }
    if (store.resolve(path2) === null) return false;
    const size2 = store.sizeOf(path2);
    if (size2 === null || size2 > 16 << 20) return false;
    let doc;
    try {
      doc = parseJson(await store.readSmall(path2, path2), path2);
    } catch {
      return false;
    }
    if (!isObject4(doc)) return false;
    if (Array.isArray(doc["manifests"])) {
      for (const m of doc["manifests"]) {
        if (isObject4(m) && typeof m["digest"] === "string" && await visit(asDescriptor(m, path2), depth2 + 1)) return true;
      }
      return false;
    }
    const cfg = doc["config"];
    if (!isObject4(cfg) || cfg["digest"] !== plan.configDigest || !Array.isArray(doc["layers"])) return false;
    plan.manifestDigest = d.digest;
    plan.annotations = { ...d.annotations ?? {}, ...stringValues(doc["annotations"]) };
    const layerDescs = doc["layers"];
    plan.layers.forEach((l, i) => {
      const ld = layerDescs[i];
      if (isObject4(ld) && typeof ld["mediaType"] === "string" && (l.digest === null || ld["digest"] === l.digest)) {
        l.mediaType = ld["mediaType"];
        l.mediaTypeGuessed = false;
        if (typeof ld["digest"] === "string") l.digest = ld["digest"];
      }
    });
    return true;
  };
  try {
    const index = parseJson(await store.readSmall("index.json", "index.json"), "index.json");
    if (!isObject4(index) || !Array.isArray(index["manifests"])) return;
    for (const m of index["manifests"]) {
      if (isObject4(m) && typeof m["digest"] === "string" && await visit(asDescriptor(m, "index.json"), 0)) return;
    }
  } catch {
  }
}

// src/image/file-store.ts
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
var READ_CHUNK_BYTES = 1 << 20;
async function* rangeChunks(r) {
  if (r.sizeBytes === 0) return;
  const fh = await open(r.path, READ_FLAGS);
  try {
    const bufs = [Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, r.sizeBytes)), Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, r.sizeBytes))];
    let pos = 0;
    let which = 0;
    const readInto = (buf, at) => fh.read(buf, 0, Math.min(buf.length, r.sizeBytes - at), r.start + at);
    let pending = readInto(bufs[0], 0);
    while (pending) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) throw new InputError(`unexpected end of file in ${untrusted(r.path)} (${r.sizeBytes - pos} bytes missing)`, { hint: "the file was truncated or changed while being read; re-export it" });
      pos += bytesRead;
      which ^= 1;
      pending = pos < r.sizeBytes ? readInto(which === 0 ? bufs[0] : bufs[1], pos) : null;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}
function syncReader(fd) {
  let buf = Buffer.allocUnsafe(0);
  return (offset, length) => {
    if (buf.length < length) buf = Buffer.allocUnsafe(length);
    const n = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  };
}
function rangeAccess(fh, start, sizeBytes) {
  let buf = Buffer.allocUnsafe(0);
  return {
    sizeBytes,
    async read(offset, length) {
      const off = Math.max(0, offset);
      const len2 = Math.max(0, Math.min(length, sizeBytes - off));
      if (len2 === 0) return new Uint8Array(0);
      if (buf.length < len2) buf = Buffer.allocUnsafe(Math.max(len2, 64 * 1024));
      const { bytesRead } = await fh.read(buf, 0, len2, start + off);
      return buf.subarray(0, bytesRead);
    }
  };
}
async function readAt(path2, start, length) {
  const fh = await open(path2, READ_FLAGS);
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
function isCompressed(head) {
  return head[0] === 31 && head[1] === 139 || head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253;
}
async function scanFileRange(r, opts2) {
  if (!opts2.scan.hash && !opts2.scan.verify && r.sizeBytes >= 512) {
    const head = await readAt(r.path, r.start, 4);
    if (!isCompressed(head)) {
      const fh = await open(r.path, READ_FLAGS);
      try {
        return await opts2.scanner.scanSeekable(rangeAccess(fh, r.start, r.sizeBytes), opts2.scan);
      } finally {
        await fh.close();
      }
    }
  }
  return opts2.scanner.scanStream(rangeChunks(r), opts2.scan);
}
var LAYOUT_HINT = "an OCI layout must hold its own regular files: copy it again (skopeo copy, oras copy) into a plain directory";
var DirStore = class {
  where;
  root;
  files = /* @__PURE__ */ new Map();
  constructor(dir, where) {
    this.where = where;
    try {
      this.root = realpathSync(dir);
    } catch (e2) {
      throw new InputError(`${where}: cannot read the layout directory ${JSON.stringify(dir)}: ${e2.message}`, { cause: e2, hint: LAYOUT_HINT });
    }
  }
  /** resolves a layout path (see the class doc); cached, so every path is checked once */
  file(path2) {
    const known = this.files.get(path2);
    if (known !== void 0) return known;
    const clean = posix.normalize(path2);
    if (clean.startsWith("../") || clean === ".." || posix.isAbsolute(clean)) {
      throw new InputError(`path ${JSON.stringify(path2)} escapes ${this.where}`, { hint: LAYOUT_HINT });
    }
    let real;
    try {
      real = realpathSync(join(this.root, clean));
    } catch (e2) {
      const code2 = e2.code;
      if (code2 === "ENOENT" || code2 === "ENOTDIR") {
        this.files.set(path2, null);
        return null;
      }
      throw new InputError(`${JSON.stringify(path2)} in ${this.where} cannot be resolved: ${e2.message}`, { cause: e2, hint: LAYOUT_HINT });
    }
    if (real !== this.root && !real.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep)) {
      throw new InputError(`${JSON.stringify(path2)} in ${this.where} is a symlink that leads out of the layout, to ${JSON.stringify(real)}`, { hint: LAYOUT_HINT });
    }
    let st;
    try {
      st = statSync(real);
    } catch (e2) {
      throw new InputError(`${JSON.stringify(path2)} in ${this.where} cannot be read: ${e2.message}`, { cause: e2, hint: LAYOUT_HINT });
    }
    let found = null;
    if (st.isFile()) {
      found = { real, sizeBytes: st.size };
    } else if (!st.isDirectory()) {
      const kind = st.isFIFO() ? "a FIFO" : st.isCharacterDevice() ? "a character device" : st.isBlockDevice() ? "a block device" : st.isSocket() ? "a socket" : "not a regular file";
      throw new InputError(`${JSON.stringify(path2)} in ${this.where} is ${kind}, not a regular file`, { hint: LAYOUT_HINT });
    }
    this.files.set(path2, found);
    return found;
  }
  resolve(path2) {
    return this.file(path2) === null ? null : path2;
  }
  sizeOf(path2) {
    return this.file(path2)?.sizeBytes ?? null;
  }
  async readSmall(path2, what) {
    const f = this.file(path2);
    if (f === null) throw new InputError(`${what} is missing: no ${untrusted(path2)} in ${this.where}`, { hint: "the layout names a blob it does not hold: copy the image again into a fresh directory" });
    if (f.sizeBytes > JSON_CAP_BYTES) throw new InputError(`${what} is too large (${f.sizeBytes} bytes)`, { hint: "manifests and configs are a few kB; the layout is corrupt or hostile" });
    return readFile(f.real, { flag: READ_FLAGS });
  }
  /** the file range of a layout path */
  range(path2) {
    const f = this.file(path2);
    return { path: f?.real ?? join(this.root, path2), start: 0, sizeBytes: f?.sizeBytes ?? 0 };
  }
};
var TarFileStore = class _TarFileStore extends MemberStore {
  path;
  fh;
  constructor(path2, where, fh, members) {
    super(where, new Map(members.map((m) => [m.name, m])));
    this.path = path2;
    this.fh = fh;
  }
  /** opens and indexes the archive; call close() when done */
  static async open(path2, where) {
    const fh = await open(path2, "r");
    try {
      const { size: size2 } = await fh.stat();
      return new _TarFileStore(path2, where, fh, indexMembers(syncReader(fh.fd), size2));
    } catch (e2) {
      await fh.close();
      throw e2;
    }
  }
  /** the indexed members, in archive order */
  list() {
    return [...this.members.values()];
  }
  async readSmall(path2, what) {
    const m = this.member(path2);
    if (m === null) throw new InputError(`${what} is missing: no ${path2} in ${this.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
    if (m.sizeBytes > JSON_CAP_BYTES) throw new InputError(`${what} is too large (${m.sizeBytes} bytes)`, { hint: "the image is corrupt or hostile: its JSON documents (manifests, indexes, configs) are small" });
    const buf = Buffer.alloc(m.sizeBytes);
    const { bytesRead } = await this.fh.read(buf, 0, m.sizeBytes, m.offset);
    if (bytesRead < m.sizeBytes) throw new InputError(`unexpected end of archive in ${untrusted(m.name)}`, { hint: "the archive was truncated (an interrupted download or copy?); re-export it, e.g. docker save -o image.tar IMAGE" });
    return buf;
  }
  /** the file range of a member (after links) */
  range(path2) {
    const m = this.member(path2);
    if (m === null) throw new InputError(`${path2} is missing from ${this.where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
    return { path: this.path, start: m.offset, sizeBytes: m.sizeBytes };
  }
  async close() {
    await this.fh.close();
  }
};

// src/image/finish.ts
var PARALLEL_LAYERS = 2;
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i], i);
      } catch (e2) {
        failed = true;
        throw e2;
      }
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  const settled = await Promise.allSettled(workers);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  return out;
}
function layerLabel2(layer, i) {
  return `layer ${i} (${shortDigest(layer.digest ?? layer.diffId)})`;
}
function scanError(layer, i, e2) {
  const ctx = `reading ${layerLabel2(layer, i)}`;
  const code2 = e2?.code;
  if (!(e2 instanceof InputError) && typeof code2 === "string" && /^(Z_|ERR_ZSTD|ERR__?ZLIB|ERR_STREAM_PREMATURE_CLOSE)/.test(code2)) {
    return new InputError(`${ctx}: ${e2.message}`, { cause: e2, hint: "the layer blob is corrupt or truncated; re-export or re-pull the image" });
  }
  return withContext(ctx, e2);
}
async function scanPlanned(plan, open4, opts2, sizeOf2) {
  const byLocation = /* @__PURE__ */ new Map();
  let bytesRead = 0;
  let layersDone = 0;
  const total = plan.layers.length;
  opts2.onProgress?.({ bytesRead, layersDone, layersTotal: total });
  return mapLimit(plan.layers, PARALLEL_LAYERS, async (layer, i) => {
    let p = byLocation.get(layer.location);
    const first = p === void 0;
    if (p === void 0) {
      p = open4(layer, i);
      byLocation.set(layer.location, p);
    }
    let scan;
    try {
      scan = await p;
    } catch (e2) {
      throw scanError(layer, i, e2);
    }
    if (first) bytesRead += sizeOf2(layer);
    layersDone++;
    opts2.onProgress?.({ bytesRead, layersDone, layersTotal: total });
    return scan;
  });
}
function guessMediaType(layer, scan) {
  if (!layer.mediaTypeGuessed || layer.mediaType !== DOCKER_LAYER_TAR) return layer.mediaType;
  if (scan.compression === "gzip") return DOCKER_LAYER_GZIP;
  if (scan.compression === "zstd") return "application/vnd.docker.image.rootfs.diff.tar.zstd";
  return layer.mediaType;
}
function derivedDigest(layer, scan) {
  if (scan.blobDigest !== void 0) return scan.blobDigest;
  if (scan.compression === "none") return layer.diffId;
  const m = /(?:^|\/)(?:sha256:)?([0-9a-f]{64})(?:\.tar(?:\.gz|\.zst)?)?$/.exec(layer.location);
  return m ? `sha256:${m[1]}` : layer.diffId;
}
function finishImage(plan, scans, storedBytes, opts2, meta) {
  const layers = plan.layers.map((l, i) => {
    const scan = scans[i];
    if (opts2.scan.verify) {
      if (scan.diffId === void 0 || scan.blobDigest === void 0) {
        throw new Error(`verification asked for, but the scanner gave no digests for layer ${i}`);
      }
      if (scan.diffId !== l.diffId) {
        throw new InputError(`${layerLabel2(l, i)}: diffId ${scan.diffId} does not match the config's rootfs.diff_ids[${i}] ${l.diffId}`, {
          hint: "the image is corrupt or was tampered with"
        });
      }
      if (l.digest !== null && scan.blobDigest !== l.digest) {
        throw new InputError(`layer ${i} (${shortDigest(l.digest)}): blob digest ${scan.blobDigest} does not match the manifest's ${l.digest}`, {
          hint: "the image is corrupt or was tampered with"
        });
      }
      if (l.claimedBytes !== null && l.claimedBytes !== storedBytes[i]) {
        throw new InputError(`${layerLabel2(l, i)}: blob is ${storedBytes[i]} bytes but the manifest says ${l.claimedBytes}`, { hint: "the image is corrupt or was tampered with" });
      }
    }
    return {
      digest: l.digest ?? derivedDigest(l, scan),
      diffId: l.diffId,
      mediaType: guessMediaType(l, scan),
      compressedBytes: storedBytes[i] ?? scan.blobBytes,
      scan
    };
  });
  return {
    reference: meta.reference,
    transport: meta.transport,
    manifestDigest: plan.manifestDigest,
    configDigest: plan.configDigest,
    platform: plan.platform,
    config: plan.config,
    annotations: plan.annotations,
    names: plan.names,
    layers
  };
}

// src/image/sniff.ts
var ACCEPTED = "accepted: a docker/podman save archive (docker-archive:PATH), an oci-archive (oci-archive:PATH), an OCI layout directory (oci:DIR), a registry image (docker://HOST/REPO:TAG), docker-daemon:IMAGE, podman:IMAGE, or - for a tar on stdin";
function isTarHeader(b) {
  if (b.length < 512) return false;
  let sum = 0;
  let zero = true;
  for (let i = 0; i < 512; i++) {
    if (b[i] !== 0) zero = false;
    sum += i >= 148 && i < 156 ? 32 : b[i];
  }
  if (zero) return false;
  const s = Buffer.from(b.subarray(148, 156)).toString("latin1").replace(/[\0 ]+$/g, "").trim();
  return /^[0-7]+$/.test(s) && parseInt(s, 8) === sum;
}
function describeNonTar(head) {
  if (head.length === 0) return "empty";
  if (head[0] === 31 && head[1] === 139) return "a gzip-compressed file (not a plain tar archive)";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "a zstd-compressed file (not a plain tar archive)";
  if (head[0] === 66 && head[1] === 90 && head[2] === 104) return "a bzip2-compressed file (not a plain tar archive)";
  if (head[0] === 253 && head[1] === 55 && head[2] === 122 && head[3] === 88) return "an xz-compressed file (not a plain tar archive)";
  if (head[0] === 80 && head[1] === 75 && head[2] === 3 && head[3] === 4) return "a zip archive";
  if (isTarHeader(head)) return null;
  const text = Buffer.from(head.subarray(0, 64)).toString("utf8").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "a JSON document";
  if (head.length < 512) return `not a tar archive (only ${head.length} bytes)`;
  return "not a tar archive";
}
function requireTar(head, what) {
  const d = describeNonTar(head);
  if (d === null) return;
  const gz = d.startsWith("a gzip");
  throw new InputError(`${what} is ${d === "empty" ? "empty" : d}`, {
    hint: gz ? `decompress it first (gunzip), then pass the tar; ${ACCEPTED}` : ACCEPTED
  });
}

// src/image/archive-file.ts
async function fileHead(path2, n, what) {
  let fh;
  try {
    if ((await stat(path2)).isDirectory()) {
      throw Object.assign(new Error(`${path2} is a directory`), { code: "EISDIR" });
    }
    fh = await open2(path2, "r");
  } catch (e2) {
    const code2 = e2.code;
    if (code2 === "ENOENT") throw new InputError(`${what}: no such file ${path2}`, { cause: e2, hint: "check the path (relative paths start at the working directory)" });
    if (code2 === "EISDIR") throw new InputError(`${what}: ${path2} is a directory, not an archive file`, { cause: e2, hint: "use oci:DIR for an OCI layout directory" });
    throw new InputError(`${what}: cannot open ${path2}: ${e2.message}`, { cause: e2, hint: "check that the file exists and this user may read it" });
  }
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function loadArchiveFile(path2, opts2, meta) {
  const where = meta.reference;
  requireTar(await fileHead(path2, 512, where), where);
  let store;
  try {
    store = await TarFileStore.open(path2, where);
  } catch (e2) {
    throw withContext(`reading ${where}`, e2);
  }
  try {
    const plan = await planLayout(store, {
      where,
      ...meta.ref !== void 0 ? { ref: meta.ref } : {},
      ...opts2.platform ? { platform: opts2.platform } : {},
      preferDockerManifest: meta.preferDockerManifest ?? true
    });
    const sizes = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
    const scans = await scanPlanned(plan, (l) => scanFileRange(store.range(l.location), opts2), opts2, (l) => store.sizeOf(l.location) ?? 0);
    return finishImage(plan, scans, sizes, opts2, meta);
  } finally {
    await store.close();
  }
}

// src/tar/byte-reader.ts
var ByteReader = class {
  it;
  queue = [];
  queued = 0;
  ended = false;
  /** bytes consumed so far (read or skipped) */
  position = 0;
  /** bytes pulled from the source so far */
  pulled = 0;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** pulls one more chunk; false at the end of the source */
  async pull() {
    if (this.ended) return false;
    for (; ; ) {
      const r = await this.it.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      const c = r.value instanceof Uint8Array ? r.value : new Uint8Array(r.value);
      if (c.length === 0) continue;
      this.queue.push(c);
      this.queued += c.length;
      this.pulled += c.length;
      return true;
    }
  }
  takeFront(n) {
    const head = this.queue[0];
    if (head.length <= n) {
      this.queue.shift();
      this.queued -= head.length;
      this.position += head.length;
      return head;
    }
    this.queue[0] = head.subarray(n);
    this.queued -= n;
    this.position += n;
    return head.subarray(0, n);
  }
  /** up to `max` bytes (at least 1), or null at the end of input */
  async read(max) {
    if (this.queued === 0 && !await this.pull()) return null;
    return this.takeFront(max);
  }
  /** exactly `n` bytes, or null when the input ends first (the partial bytes are consumed) */
  async readExact(n) {
    while (this.queued < n) if (!await this.pull()) break;
    if (this.queued < n) {
      this.position += this.queued;
      this.queue.length = 0;
      this.queued = 0;
      return null;
    }
    if (n === 0) return new Uint8Array(0);
    if (this.queue[0].length >= n) return this.takeFront(n);
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const c = this.takeFront(n - off);
      out.set(c, off);
      off += c.length;
    }
    return out;
  }
  /** the next `n` bytes (fewer at the end of input) without consuming them */
  async peek(n) {
    while (this.queued < n) if (!await this.pull()) break;
    const len2 = Math.min(n, this.queued);
    const out = new Uint8Array(len2);
    let off = 0;
    for (const c of this.queue) {
      if (off >= len2) break;
      const part = c.subarray(0, len2 - off);
      out.set(part, off);
      off += part.length;
    }
    return out;
  }
  /** skips `n` bytes; false when the input ends first */
  async skip(n) {
    let left = n;
    while (left > 0) {
      if (this.queued === 0 && !await this.pull()) return false;
      left -= this.takeFront(left).length;
    }
    return true;
  }
  /** reads and discards everything up to the end of the source (so a producer is never left blocked) */
  async drainToEnd() {
    this.position += this.queued;
    this.queue.length = 0;
    this.queued = 0;
    while (await this.pull()) {
      this.position += this.queued;
      this.queue.length = 0;
      this.queued = 0;
    }
  }
  /** stops the source early (e.g. on an error), letting it release its resources */
  async cancel() {
    this.ended = true;
    await this.it.return?.();
  }
};

// src/image/archive-stream.ts
var METADATA = /(^|\/)(manifest\.json|index\.json|oci-layout|repositories|json|VERSION)$|\.json$/;
var PassStore = class extends MemberStore {
  buffers = /* @__PURE__ */ new Map();
  scans = /* @__PURE__ */ new Map();
  constructor(where) {
    super(where, /* @__PURE__ */ new Map());
  }
  async readSmall(path2, what) {
    const m = this.member(path2);
    if (m === null) throw new InputError(`${what} is missing: no ${path2} in ${this.where}`, { hint: "the archive is incomplete or not a docker save / OCI archive; re-export it" });
    const b = this.buffers.get(m.name);
    if (b === void 0) {
      throw new InputError(`${what} (${untrusted(m.name)}, ${m.sizeBytes} bytes) is not a JSON document${m.sizeBytes > JSON_CAP_BYTES ? " of sane size" : ""}`, { hint: "the image is corrupt or hostile: its JSON documents (manifests, indexes, configs) are small" });
    }
    return b;
  }
};
async function* once(bytes) {
  if (bytes.length > 0) yield bytes;
}
async function loadArchiveStream(source, opts2, meta) {
  const where = meta.where ?? meta.reference;
  const reader = new ByteReader(source);
  const store = new PassStore(where);
  let layersDone = 0;
  const progress = () => opts2.onProgress?.({ bytesRead: reader.position, layersDone, layersTotal: null });
  requireTar(await reader.peek(512), where);
  try {
    await walkMembers(reader, async (m, body) => {
      store.members.set(m.name, m);
      if (m.type !== "file" || m.sizeBytes === 0) return;
      if (METADATA.test(m.name)) {
        if (m.sizeBytes <= JSON_CAP_BYTES) store.buffers.set(m.name, await body.readAll());
        return;
      }
      const head = await body.peek(1);
      if ((head[0] === 123 || head[0] === 91) && m.sizeBytes <= JSON_CAP_BYTES) {
        store.buffers.set(m.name, await body.readAll());
        return;
      }
      const scan = opts2.scanner.scanStream(body, opts2.scan);
      scan.catch(() => void 0);
      store.scans.set(m.name, scan);
      const settled = scan.then(
        () => void 0,
        () => void 0
      );
      void settled.then(() => {
        layersDone++;
        progress();
      });
      await Promise.race([body.done, settled]);
      progress();
    });
    await reader.drainToEnd();
  } catch (e2) {
    await reader.cancel().catch(() => void 0);
    throw withContext(`reading ${where}`, e2);
  }
  const plan = await planLayout(store, { where, ...meta.ref !== void 0 ? { ref: meta.ref } : {}, ...opts2.platform ? { platform: opts2.platform } : {} });
  const total = reader.position;
  const scans = await scanPlanned(
    plan,
    async (layer) => {
      const name = store.resolve(layer.location);
      if (name === null) throw new InputError(`${untrusted(layer.location)} is missing from ${where}`, { hint: "the image is incomplete: a file it references is absent; re-export it (docker save, skopeo copy)" });
      const started = store.scans.get(name);
      if (started) return started;
      const buffered = store.buffers.get(name);
      if (buffered) return opts2.scanner.scanStream(once(buffered), opts2.scan);
      return opts2.scanner.scanStream(once(new Uint8Array(0)), opts2.scan);
    },
    { ...opts2, onProgress: (p) => opts2.onProgress?.({ ...p, bytesRead: total }) },
    () => 0
  );
  const stored = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
  return finishImage(plan, scans, stored, opts2, meta);
}

// src/image/daemon.ts
import { spawn } from "node:child_process";
var KILL_GRACE_MS = 3e3;
var EXIT_GRACE_MS = 500;
var CLOSE_GRACE_MS = 1e3;
var STDERR_TAIL_BYTES = 8 << 10;
function daemonSource(tool, image, opts2 = {}) {
  const reference = `${tool === "docker" ? "docker-daemon" : "podman"}:${image}`;
  const transport = tool === "docker" ? "docker-daemon" : "podman";
  return {
    reference,
    transport,
    load: (lo) => loadFromDaemon(tool, image, reference, lo, opts2)
  };
}
async function loadFromDaemon(tool, image, reference, lo, opts2) {
  if (image === "") throw new InputError(`${reference}: no image named`, { hint: `write ${tool === "docker" ? "docker-daemon" : "podman"}:IMAGE[:TAG]` });
  const binary = opts2.binary ?? tool;
  const env = opts2.env ?? process.env;
  const args = lo.platform ? ["save", "--platform", formatPlatform(lo.platform), image] : ["save", image];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], env });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s) => {
    stderr = (stderr + s).slice(-STDERR_TAIL_BYTES);
  });
  const exitP = new Promise((resolve2) => {
    child.once("error", (error) => resolve2({ code: null, signal: null, error }));
    child.once("exit", (code2, signal) => resolve2({ code: code2, signal }));
  });
  const closeP = new Promise((resolve2) => child.once("close", () => resolve2()));
  const exited = async () => {
    const st2 = await exitP;
    let timer;
    await Promise.race([closeP, new Promise((r) => timer = setTimeout(r, CLOSE_GRACE_MS))]);
    clearTimeout(timer);
    if (child.stdout.readable) child.stdout.destroy();
    if (child.stderr.readable) child.stderr.destroy();
    return st2;
  };
  const command = `${binary} ${args.join(" ")}`;
  const failure = (st2, cause) => {
    if (st2.error) {
      const code2 = st2.error.code;
      if (code2 === "ENOENT") {
        return new InputError(`${binary} not found on PATH`, {
          cause: st2.error,
          hint: tool === "docker" ? "install Docker, or save the image to a file and use docker-archive:PATH" : "install podman, or save the image to a file and use docker-archive:PATH"
        });
      }
      return new InputError(`${command}: ${st2.error.message}`, { cause: st2.error, hint: `check that ${binary} runs, e.g. ${binary} version` });
    }
    if (st2.code === 0 && st2.signal === null) return null;
    const status = st2.signal !== null ? `killed by ${st2.signal}` : `exit status ${st2.code}`;
    const tail = stderr.trim().split("\n").slice(-5).join("\n");
    return new InputError(`${command} failed (${status})${tail ? `: ${tail}` : ""}`, {
      ...cause !== void 0 ? { cause } : {},
      hint: `check that the image exists: ${binary} image ls`
    });
  };
  let image_;
  try {
    image_ = await loadArchiveStream(child.stdout, lo, { reference, transport: tool === "docker" ? "docker-daemon" : "podman", where: reference });
  } catch (e2) {
    let grace;
    await Promise.race([exitP, new Promise((r) => grace = setTimeout(r, EXIT_GRACE_MS))]);
    clearTimeout(grace);
    let killedByUs = false;
    if (child.exitCode === null && child.signalCode === null) {
      killedByUs = true;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
      await exitP;
      clearTimeout(timer);
    }
    const st2 = await exited();
    const f2 = failure(st2, e2);
    if (f2 && !(killedByUs && st2.signal !== null)) throw f2;
    throw e2;
  }
  const st = await exited();
  const f = failure(st);
  if (f) throw f;
  return image_;
}

// src/image/oci-dir.ts
import { statSync as statSync2 } from "node:fs";
async function loadOciDir(dir, opts2, meta) {
  const where = meta.reference;
  let isDir = false;
  try {
    isDir = statSync2(dir).isDirectory();
  } catch {
    throw new InputError(`${where}: no such directory ${dir}`, { hint: "check the path of the OCI layout directory" });
  }
  if (!isDir) throw new InputError(`${where}: ${dir} is not a directory`, { hint: "use oci-archive:PATH for a tar of an OCI layout" });
  const store = new DirStore(dir, where);
  if (store.resolve("oci-layout") === null) {
    throw new InputError(`${where} is not an OCI layout: oci-layout is missing`, { hint: "an OCI layout directory holds oci-layout, index.json and blobs/" });
  }
  if (store.resolve("index.json") === null) throw new InputError(`${where}: index.json is missing`, { hint: "an OCI layout directory holds oci-layout, index.json and blobs/; is this the right directory?" });
  const plan = await planOciLayout(store, {
    where,
    ...meta.ref !== void 0 ? { ref: meta.ref } : {},
    ...opts2.platform ? { platform: opts2.platform } : {}
  });
  const sizes = plan.layers.map((l) => store.sizeOf(l.location) ?? 0);
  const scans = await scanPlanned(plan, (l) => scanFileRange(store.range(l.location), opts2), opts2, (l) => store.sizeOf(l.location) ?? 0);
  return finishImage(plan, scans, sizes, opts2, meta);
}

// src/image/registry-auth.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
function parseChallenge(header) {
  if (header === null) return null;
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return null;
  const params = {};
  const re = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
  let p;
  while ((p = re.exec(m[2])) !== null) params[p[1].toLowerCase()] = p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3] ?? "";
  return { scheme: m[1].toLowerCase(), params };
}
function authKeys(host) {
  if (host === "registry-1.docker.io" || host === "docker.io" || host === "index.docker.io") {
    return ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"];
  }
  return [host];
}
function normalizeKey(k) {
  return k.replace(/^[a-z]+:\/\//, "").replace(/\/.*$/, "");
}
function findCredentials2(host, env) {
  const user = env["LAYER_BUDGET_REGISTRY_USERNAME"];
  const pass = env["LAYER_BUDGET_REGISTRY_PASSWORD"];
  if (user !== void 0 && user !== "" && pass !== void 0) return { username: user, password: pass };
  const dir = env["DOCKER_CONFIG"] ?? join2(env["HOME"] ?? homedir(), ".docker");
  let doc;
  try {
    doc = JSON.parse(readFileSync(join2(dir, "config.json"), "utf8"));
  } catch {
    return null;
  }
  const auths = doc?.auths;
  if (typeof auths !== "object" || auths === null) return null;
  const wanted = authKeys(host);
  for (const [key, value] of Object.entries(auths)) {
    if (!wanted.includes(key) && !wanted.includes(normalizeKey(key))) continue;
    const v = value;
    if (typeof v?.auth === "string" && v.auth !== "") {
      const decoded = Buffer.from(v.auth, "base64").toString("utf8");
      const i = decoded.indexOf(":");
      if (i > 0) return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
    }
    if (typeof v?.username === "string" && typeof v.password === "string") return { username: v.username, password: v.password };
  }
  return null;
}
function isLoopback(hostname) {
  const h = hostname.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function tokenHosts(env) {
  return (env["LAYER_BUDGET_TOKEN_HOSTS"] ?? "").split(",").map((h) => h.trim().toLowerCase()).filter((h) => h !== "");
}
function credentialsAllowed(target, registry, registryName, env) {
  if (target.protocol === "http:") {
    if (registry.protocol !== "http:" || !isLoopback(registry.hostname) || !isLoopback(target.hostname)) return false;
  } else if (target.protocol !== "https:") return false;
  if (target.origin === registry.origin) return true;
  if (registryName === "docker.io" && target.origin === "https://auth.docker.io") return true;
  const hosts = tokenHosts(env);
  return hosts.includes(target.hostname.toLowerCase()) || hosts.includes(target.host.toLowerCase());
}
function basicAuth(c) {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
}

// src/image/registry-http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var DEFAULT_TIMEOUTS = { connectMs: 3e4, idleMs: 3e4, deadlineMs: 9e5 };
var TIMEOUT_ENV = {
  connectMs: "LAYER_BUDGET_CONNECT_TIMEOUT",
  idleMs: "LAYER_BUDGET_IDLE_TIMEOUT",
  deadlineMs: "LAYER_BUDGET_DEADLINE"
};
var MAX_REDIRECTS = 5;
function timeoutsFromEnv(env) {
  const out = { ...DEFAULT_TIMEOUTS };
  for (const key of Object.keys(TIMEOUT_ENV)) {
    const name = TIMEOUT_ENV[key];
    const raw = env[name];
    if (raw === void 0 || raw.trim() === "") continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) {
      throw new InputError(`${name}=${JSON.stringify(untrusted(raw.slice(0, 40)))} is not a positive number of seconds`, {
        hint: `set ${name} to a number of seconds, e.g. ${name}=${DEFAULT_TIMEOUTS[key] / 1e3}, or unset it for the default`
      });
    }
    out[key] = Math.round(n * 1e3);
  }
  return out;
}
var TransportError = class extends Error {
  name = "TransportError";
};
function seconds(ms) {
  return `${ms / 1e3} s`;
}
function isLoopbackHost(hostname) {
  const h = hostname.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
async function httpGet(url, opts2) {
  const started = Date.now();
  let current = new URL(url);
  const seen = /* @__PURE__ */ new Set();
  const authOrigin = current.origin;
  let headers = { ...opts2.headers };
  for (let hop = 0; ; hop++) {
    seen.add(current.href);
    const remaining = opts2.timeouts.deadlineMs - (Date.now() - started);
    const res = await once2(current, headers, opts2, Math.max(remaining, 1));
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.header("location") !== null) {
      res.cancel();
      const location = res.header("location");
      let next;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(`${opts2.server} redirected to an invalid URL ${JSON.stringify(untrusted(location.slice(0, 200)))}`, {
          hint: "the registry (or a proxy in front of it) is misconfigured or hostile"
        });
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        throw new InputError(`${opts2.server} redirected to a ${untrusted(next.protocol.slice(0, 20))} URL`, { hint: "only http and https redirects are followed" });
      }
      if (current.protocol === "https:" && next.protocol === "http:" && !isLoopbackHost(next.hostname)) {
        throw new InputError(`${opts2.server} redirected from https to plain http (${next.origin})`, { hint: "a registry must not downgrade to plain http; check the registry or its storage configuration" });
      }
      if (seen.has(next.href)) {
        throw new InputError(`${opts2.server} redirects in a loop (${untrusted(next.href.slice(0, 200))} again)`, { hint: "the registry (or a proxy in front of it) is misconfigured or hostile" });
      }
      if (hop + 1 > MAX_REDIRECTS) {
        throw new InputError(`${opts2.server}: more than ${MAX_REDIRECTS} redirects`, { hint: "the registry (or a proxy in front of it) is misconfigured or hostile" });
      }
      if (next.origin !== authOrigin) {
        const { Authorization: _a, authorization: _b, ...rest } = headers;
        headers = rest;
      }
      current = next;
      continue;
    }
    return res;
  }
}
function timeoutError(opts2, kind, ms, doing) {
  return new InputError(`${opts2.server}: ${doing} timed out after ${seconds(ms)}`, {
    hint: kind === "deadlineMs" ? `the server is slow or stalled; ${TIMEOUT_ENV[kind]} (seconds) sets the limit of one request (a manifest, config or token gets at most 60 s)` : `the server is slow or stalled; ${TIMEOUT_ENV[kind]} (seconds) raises the limit`
  });
}
function once2(url, headers, opts2, deadlineMs) {
  const { connectMs, idleMs } = opts2.timeouts;
  const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, { method: "GET", headers, agent: false });
  let failure = null;
  const fail2 = (e2) => {
    if (failure === null) failure = e2;
    req.destroy(e2);
  };
  const deadline = setTimeout(() => fail2(timeoutError(opts2, "deadlineMs", opts2.timeouts.deadlineMs, `GET ${untrusted(url.pathname, 120)}`)), deadlineMs).unref();
  let idle;
  const armIdle = (doing) => {
    clearTimeout(idle);
    idle = setTimeout(() => fail2(timeoutError(opts2, "idleMs", idleMs, doing)), idleMs).unref();
  };
  const done = () => {
    clearTimeout(deadline);
    clearTimeout(idle);
  };
  return new Promise((resolve2, reject) => {
    let connectTimer;
    req.on("socket", (socket) => {
      connectTimer = setTimeout(() => fail2(timeoutError(opts2, "connectMs", connectMs, "connecting")), connectMs).unref();
      const connected = () => {
        clearTimeout(connectTimer);
        armIdle("waiting for the response headers");
      };
      socket.once(url.protocol === "https:" ? "secureConnect" : "connect", connected);
    });
    req.on("error", (e2) => {
      clearTimeout(connectTimer);
      done();
      if (failure !== null) reject(failure);
      else {
        const code2 = e2.code;
        reject(
          new InputError(`cannot reach ${opts2.server}: ${untrusted(e2.message)}`, {
            cause: e2,
            hint: code2 === "ECONNREFUSED" || code2 === "ENOTFOUND" || code2 === "EAI_AGAIN" ? "check the host and port; plain-http registries other than localhost need the insecure option" : "check the network path to the registry, then retry"
          })
        );
      }
    });
    req.on("response", (res) => {
      clearTimeout(connectTimer);
      clearTimeout(idle);
      let consumed = false;
      const cancel = () => {
        done();
        res.destroy();
        req.destroy();
      };
      resolve2({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? "",
        url: url.href,
        header: (name) => {
          const v = res.headers[name.toLowerCase()];
          return v === void 0 ? null : Array.isArray(v) ? v.join(", ") : v;
        },
        cancel,
        body: async function* () {
          if (consumed) throw new TransportError("body read twice");
          consumed = true;
          const it = res[Symbol.asyncIterator]();
          let finished = false;
          try {
            for (; ; ) {
              armIdle("waiting for body bytes");
              let r;
              try {
                r = await it.next();
              } catch (e2) {
                finished = true;
                if (failure !== null) throw failure;
                throw new InputError(`download from ${opts2.server} interrupted: ${untrusted(e2.message)}`, {
                  cause: e2,
                  hint: "the connection was lost; retry, or check the registry"
                });
              } finally {
                clearTimeout(idle);
              }
              if (r.done) {
                finished = true;
                if (failure !== null) throw failure;
                if (!res.complete) {
                  throw new InputError(`download from ${opts2.server} interrupted: the response ended early`, { hint: "the connection was lost; retry, or check the registry" });
                }
                return;
              }
              yield new Uint8Array(r.value.buffer, r.value.byteOffset, r.value.length);
            }
          } finally {
            done();
            if (!finished) {
              res.destroy();
              req.destroy();
            }
          }
        }
      });
    });
    req.end();
  });
}
async function readCapped(res, cap2, what, server) {
  const tooLarge = (n2) => new InputError(`${what} from ${server} is too large (${n2}; the limit is ${cap2} bytes)`, {
    hint: "manifests, indexes, configs and token responses are small JSON documents; the registry is misbehaving or hostile"
  });
  const declared = res.header("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > cap2) {
    res.cancel();
    throw tooLarge(`${declared.trim()} bytes declared`);
  }
  const chunks = [];
  let n = 0;
  const body = res.body();
  for await (const c of body) {
    n += c.length;
    if (n > cap2) {
      await body.return(void 0);
      throw tooLarge(`more than ${cap2} bytes while streaming`);
    }
    chunks.push(c);
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// src/image/registry.ts
var REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function parseRegistryRef(s) {
  const bad = (why) => new InputError(`invalid registry reference docker://${s}: ${why}`, { hint: "write docker://HOST/REPO:TAG or docker://HOST/REPO@sha256:\u2026" });
  let rest = s.replace(/^\/\//, "");
  let digest2 = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest2 = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+:[a-f0-9]{32,}$/.test(digest2)) throw bad(`bad digest ${digest2}`);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  let registry = "docker.io";
  let path2 = rest;
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first.startsWith("["))) {
    registry = first;
    path2 = rest.slice(slash + 1);
  }
  let tag = null;
  const colon = path2.lastIndexOf(":");
  if (colon > path2.lastIndexOf("/")) {
    tag = path2.slice(colon + 1);
    path2 = path2.slice(0, colon);
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) throw bad(`bad tag ${tag}`);
  }
  if (registry === "index.docker.io") registry = "docker.io";
  if (registry === "docker.io" && !path2.includes("/")) path2 = `library/${path2}`;
  if (!REPO_RE.test(path2)) throw bad(`bad repository name ${JSON.stringify(path2)}`);
  if (tag === null && digest2 === null) tag = "latest";
  return { registry, apiHost: registry === "docker.io" ? "registry-1.docker.io" : registry, repository: path2, tag, digest: digest2 };
}
function isLocal(host) {
  const h = host.replace(/:\d+$/, "");
  return h === "127.0.0.1" || h === "localhost" || h === "[::1]" || h === "::1";
}
var AUTH_HINT = "set LAYER_BUDGET_REGISTRY_USERNAME and LAYER_BUDGET_REGISTRY_PASSWORD, or docker login";
var RegistryClient = class {
  ref;
  base;
  creds;
  env;
  timeouts;
  authorization = null;
  /** every response handed out, so close() can free any connection a failed read left open */
  live = /* @__PURE__ */ new Set();
  constructor(ref, opts2 = {}) {
    this.ref = ref;
    const scheme = opts2.insecure || isLocal(ref.apiHost) ? "http" : "https";
    this.base = `${scheme}://${ref.apiHost}`;
    this.env = opts2.env ?? process.env;
    this.creds = findCredentials2(ref.registry, this.env);
    this.timeouts = opts2.timeouts ?? timeoutsFromEnv(this.env);
  }
  /** GET with the client's bounds; a small document (manifest, config, token) gets at most SMALL_DOC_DEADLINE_MS */
  async send(url, headers, small) {
    const timeouts = small ? { ...this.timeouts, deadlineMs: Math.min(this.timeouts.deadlineMs, SMALL_DOC_DEADLINE_MS) } : this.timeouts;
    const res = await httpGet(url, { headers, timeouts, server: this.ref.registry });
    this.live.add(res);
    return res;
  }
  /** Frees every connection still open (a body a failed scan did not finish); the client is done. */
  close() {
    for (const res of this.live) res.cancel();
    this.live.clear();
  }
  /** fetches a bearer token for the challenge; credentials go only where credentialsAllowed says */
  async token(params) {
    const realm = params["realm"];
    if (realm === void 0 || realm === "") {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge without a realm`, { hint: "the registry is misconfigured: its WWW-Authenticate header must name a token realm" });
    }
    let url;
    try {
      url = new URL(realm);
    } catch {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge with an invalid realm ${JSON.stringify(untrusted(realm))}`, { hint: "the registry is misconfigured: the realm must be an http(s) URL" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new InputError(`${this.ref.registry} sent a Bearer challenge with a ${untrusted(url.protocol, 20)} realm`, { hint: "the registry is misconfigured: the realm must be an http(s) URL" });
    }
    if (params["service"] !== void 0) url.searchParams.set("service", params["service"]);
    url.searchParams.set("scope", params["scope"] ?? `repository:${this.ref.repository}:pull`);
    const headers = {};
    const allowed = this.creds !== null && credentialsAllowed(url, new URL(this.base), this.ref.registry, this.env);
    if (this.creds && allowed) headers["Authorization"] = basicAuth(this.creds);
    const realmName = untrusted(`${url.origin}${url.pathname}`);
    const res = await this.send(url.toString(), headers, true);
    if (res.status < 200 || res.status > 299) {
      res.cancel();
      const withheld = this.creds !== null && !allowed;
      throw new InputError(`getting a token from ${realmName} for ${this.ref.registry}: ${res.status} ${untrusted(res.statusText, 80)}${withheld ? " (credentials withheld: the realm is another origin or plain http)" : ""}`, {
        hint: withheld ? `if you trust ${untrusted(url.host, 100)} with your registry credentials, set LAYER_BUDGET_TOKEN_HOSTS=${untrusted(url.host, 100)} (never sent over plain http except on loopback)` : this.creds ? "check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config" : AUTH_HINT
      });
    }
    const bytes = await readCapped(res, TOKEN_CAP_BYTES, `the token response of ${realmName}`, this.ref.registry);
    const doc = parseToken(bytes);
    if (doc === null) {
      throw new InputError(`the token endpoint of ${this.ref.registry} returned no token`, { hint: "the token service must answer JSON with a string `token` or `access_token`" });
    }
    return doc;
  }
  /** GET `/v2/<repo>/<path>`, answering one auth challenge; InputError for any failure status. */
  async get(path2, accept, what, small) {
    const url = `${this.base}/v2/${this.ref.repository}/${path2}`;
    const headers = () => {
      const h = {};
      if (accept !== null) h["Accept"] = accept;
      if (this.authorization !== null) h["Authorization"] = this.authorization;
      return h;
    };
    let res = await this.send(url, headers(), small);
    if (res.status === 401) {
      const ch = parseChallenge(res.header("www-authenticate"));
      res.cancel();
      if (ch?.scheme === "bearer") this.authorization = `Bearer ${await this.token(ch.params)}`;
      else if (ch?.scheme === "basic" && this.creds) {
        if (!credentialsAllowed(new URL(this.base), new URL(this.base), this.ref.registry, this.env)) {
          throw new InputError(`refusing to send credentials for ${this.ref.registry} over plain http`, {
            hint: "serve the registry over https (plain http is only used with credentials on loopback)"
          });
        }
        this.authorization = basicAuth(this.creds);
      } else {
        throw new InputError(`${this.ref.registry} requires authentication for ${this.ref.repository}`, { hint: AUTH_HINT });
      }
      res = await this.send(url, headers(), small);
    }
    if (res.status >= 200 && res.status <= 299) return res;
    res.cancel();
    if (res.status === 401 || res.status === 403) {
      throw new InputError(`${this.ref.registry} denied access to ${this.ref.repository} (${res.status})`, {
        hint: "check LAYER_BUDGET_REGISTRY_USERNAME / _PASSWORD or your docker config"
      });
    }
    if (res.status === 404) throw new InputError(`${what} not found in ${this.ref.registry}/${this.ref.repository}`, { hint: "check the repository name and the tag or digest" });
    throw new InputError(`${this.ref.registry}: GET ${what}: ${res.status} ${untrusted(res.statusText, 80)}`, { hint: "the registry answered with an error; retry later or check the registry" });
  }
  /** a manifest or index by tag or digest: raw bytes (capped while streaming) and the content type */
  async manifest(reference, what) {
    const res = await this.get(`manifests/${reference}`, MANIFEST_ACCEPT, what, true);
    const bytes = await readCapped(res, JSON_CAP_BYTES, what, this.ref.registry);
    const ct = res.header("content-type")?.split(";")[0]?.trim();
    return { bytes, mediaType: ct === void 0 || ct === "" || ct === "application/json" ? void 0 : ct };
  }
  /** a config blob by digest, capped while streaming */
  async smallBlob(digest2, what) {
    return readCapped(await this.get(`blobs/${digest2}`, null, what, true), JSON_CAP_BYTES, what, this.ref.registry);
  }
  /** a blob by digest, as a streaming response */
  async blob(digest2, what) {
    return this.get(`blobs/${digest2}`, null, what, false);
  }
};
var SMALL_DOC_DEADLINE_MS = 6e4;
var TOKEN_CAP_BYTES = 1 << 20;
function parseToken(bytes) {
  let doc;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return null;
  }
  if (typeof doc !== "object" || doc === null) return null;
  const d = doc;
  const tok = typeof d.token === "string" && d.token !== "" ? d.token : typeof d.access_token === "string" && d.access_token !== "" ? d.access_token : null;
  return tok !== null && /^[\x21-\x7e]+$/.test(tok) ? tok : null;
}
function registrySource(spec, opts2 = {}) {
  const reference = `docker://${spec.replace(/^\/\//, "")}`;
  const ref = parseRegistryRef(spec);
  return { reference, transport: "docker", load: (lo) => loadFromRegistry(ref, reference, lo, opts2) };
}
async function loadFromRegistry(ref, reference, opts2, ro) {
  const client = new RegistryClient(ref, ro);
  try {
    return await loadWith(client, ref, reference, opts2);
  } finally {
    client.close();
  }
}
async function loadWith(client, ref, reference, opts2) {
  const where = reference;
  const top = ref.digest ?? ref.tag ?? "latest";
  const { bytes, mediaType } = await client.manifest(top, `manifest ${top}`);
  const topDigest = sha256Digest(bytes);
  if (ref.digest !== null && ref.digest.startsWith("sha256:") && topDigest !== ref.digest) {
    throw new InputError(`manifest of ${where} does not match its digest ${shortDigest(ref.digest)}`, { hint: "the image is corrupt, or the registry or layout served other content than its digest names" });
  }
  const fetchManifest = async (d, what) => (await client.manifest(d.digest, what)).bytes;
  const fetchConfig = async (d, what) => client.smallBlob(d.digest, what);
  const resolved = await resolveDocument(bytes, topDigest, mediaType, fetchManifest, { where, ...opts2.platform ? { platform: opts2.platform } : {} });
  const plan = await planFromManifest(resolved, fetchConfig, where);
  plan.names = [`${ref.registry}/${ref.repository}${ref.tag !== null ? `:${ref.tag}` : ""}`];
  plan.layers.forEach((l, i) => {
    if (l.foreign) {
      throw new InputError(`layer ${i} (${shortDigest(l.location)}) of ${where} is a foreign layer (${l.mediaType}), which is not supported`, {
        hint: "foreign (nondistributable) layers are served from elsewhere; mirror the image with its foreign layers included"
      });
    }
  });
  const scans = await scanPlanned(
    plan,
    async (l, i) => opts2.scanner.scanStream((await client.blob(l.location, `layer ${i} (${shortDigest(l.location)})`)).body(), opts2.scan),
    opts2,
    (l) => l.claimedBytes ?? 0
  );
  return finishImage(plan, scans, scans.map((s) => s.blobBytes), opts2, { reference, transport: "docker" });
}

// src/image/index.ts
function splitPathRef(rest) {
  if (rest === "" || existsSync(rest)) return { path: rest };
  const i = rest.indexOf(":");
  if (i <= 0) return { path: rest };
  const ref = rest.slice(i + 1);
  return ref === "" ? { path: rest.slice(0, i) } : { path: rest.slice(0, i), ref };
}
function fileSource(reference, transport, path2, ref, preferDockerManifest) {
  if (path2 === "") throw new InputError(`${reference}: no path given`, { hint: ACCEPTED });
  return {
    reference,
    transport,
    load: (lo) => loadArchiveFile(path2, lo, { reference, transport, preferDockerManifest, ...ref !== void 0 ? { ref } : {} })
  };
}
function ociDirSource(reference, dir, ref) {
  if (dir === "") throw new InputError(`${reference}: no directory given`, { hint: ACCEPTED });
  return { reference, transport: "oci", load: (lo) => loadOciDir(dir, lo, { reference, transport: "oci", ...ref !== void 0 ? { ref } : {} }) };
}
function sniffArchiveFile(path2) {
  const fd = openSync(path2, "r");
  try {
    const head = new Uint8Array(512);
    const n = readSync2(fd, head, 0, 512, 0);
    requireTar(head.subarray(0, n), path2);
    const names = new Set(indexMembers(syncReader(fd), fstatSync(fd).size).map((m) => m.name));
    if (names.has("manifest.json")) return "docker-archive";
    if (names.has("index.json")) return "oci-archive";
    const rootfs = [...names].some((n2) => /^(etc|usr|bin|lib|var|app|home)(\/|$)/.test(n2));
    throw new InputError(
      `${path2} is a tar archive without manifest.json or index.json${rootfs ? "; it looks like a filesystem tarball (a single layer), not an image archive" : ""}`,
      { hint: ACCEPTED }
    );
  } finally {
    closeSync(fd);
  }
}
function barePath(spec) {
  let st;
  try {
    st = statSync3(spec);
  } catch {
    throw new InputError(`unknown image source ${JSON.stringify(spec)}: no such file or directory, and not a known transport`, { hint: ACCEPTED });
  }
  if (st.isDirectory()) {
    if (!existsSync(`${spec}/oci-layout`)) {
      throw new InputError(`${spec} is a directory without oci-layout, so not an OCI layout`, { hint: ACCEPTED });
    }
    return ociDirSource(spec, spec, void 0);
  }
  if (!st.isFile()) throw new InputError(`${spec} is neither a file nor a directory`, { hint: ACCEPTED });
  const kind = sniffArchiveFile(spec);
  return fileSource(spec, kind, spec, void 0, kind === "docker-archive");
}
function openSource(spec, opts2 = {}) {
  const env = opts2.env ?? process.env;
  if (spec === "-") {
    const stdin = opts2.stdin ?? process.stdin;
    if (stdin.isTTY === true) {
      throw new InputError("- reads an image archive from stdin, but stdin is a terminal", { hint: "pipe one in, e.g. docker save IMAGE | layer-budget analyze -" });
    }
    return {
      reference: "-",
      transport: "stdin",
      load: (lo) => loadArchiveStream(stdin, lo, { reference: "-", transport: "stdin", where: "stdin" })
    };
  }
  if (spec.startsWith("docker://")) return registrySource(spec.slice("docker://".length), { env, ...opts2.insecure ? { insecure: true } : {} });
  const m = /^([a-z-]+):(.*)$/s.exec(spec);
  const transport = m?.[1];
  const rest = m?.[2] ?? "";
  switch (transport) {
    case "docker-archive": {
      const { path: path2, ref } = splitPathRef(rest);
      return fileSource(spec, "docker-archive", path2, ref, true);
    }
    case "oci-archive": {
      const { path: path2, ref } = splitPathRef(rest);
      return fileSource(spec, "oci-archive", path2, ref, false);
    }
    case "oci": {
      const { path: path2, ref } = splitPathRef(rest);
      return ociDirSource(spec, path2, ref);
    }
    case "docker-daemon":
      return daemonSource("docker", rest, { env, ...opts2.docker !== void 0 ? { binary: opts2.docker } : {} });
    case "podman":
      return daemonSource("podman", rest, { env, ...opts2.podman !== void 0 ? { binary: opts2.podman } : {} });
    case "docker":
      throw new InputError(`invalid source ${JSON.stringify(spec)}`, { hint: "a registry image is written docker://HOST/REPO:TAG" });
    default:
      if (transport !== void 0 && !existsSync(spec) && transport.length > 1) {
        throw new InputError(`unknown transport ${JSON.stringify(transport)} in ${JSON.stringify(spec)}`, { hint: ACCEPTED });
      }
      return barePath(spec);
  }
}

// src/layer/compression.ts
import { createGunzip, createZstdDecompress } from "node:zlib";
var SNIFF_BYTES = 6;
var UNSUPPORTED = [
  ["xz", [253, 55, 122, 88, 90, 0]],
  ["bzip2", [66, 90, 104]],
  ["lz4", [4, 34, 77, 24]],
  ["lzip", [76, 90, 73, 80]],
  ["compress (.Z)", [31, 157]],
  ["lzma", [93, 0, 0]],
  ["zip", [80, 75, 3, 4]],
  ["7z", [55, 122, 188, 175, 39, 28]]
];
function startsWith(head, magic) {
  if (head.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[i] !== magic[i]) return false;
  return true;
}
function sniffCompression(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (startsWith(head, [40, 181, 47, 253])) return "zstd";
  for (const [name, magic] of UNSUPPORTED) {
    if (startsWith(head, magic)) {
      throw new InputError(name === "zip" || name === "7z" ? `unsupported archive format ${name}` : `unsupported compression ${name}`, { hint: "layer-budget reads image tars and tar layers, plain, gzip or zstd; extract or re-export the image" });
    }
  }
  return "none";
}
var OUT_CHUNK_BYTES = 256 * 1024;
async function* decompress(kind, source) {
  const z = kind === "gzip" ? createGunzip({ chunkSize: OUT_CHUNK_BYTES }) : createZstdDecompress({ chunkSize: OUT_CHUNK_BYTES });
  let sourceError = void 0;
  const closed = new Promise((_, reject) => z.once("close", () => reject(new Error("decompressor closed"))));
  closed.catch(() => {
  });
  const pump = (async () => {
    try {
      for await (const chunk of source) {
        if (z.destroyed) return;
        await Promise.race([new Promise((resolve2, reject) => z.write(chunk, (err) => err ? reject(err) : resolve2())), closed]);
      }
      z.end();
    } catch (err) {
      if (!z.destroyed) {
        sourceError = err;
        z.destroy(err);
      }
    }
  })();
  try {
    for await (const chunk of z) yield chunk;
  } catch (err) {
    if (sourceError !== void 0 && err === sourceError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new InputError(`corrupt ${kind} stream: ${msg}`, { cause: err, hint: "the blob is corrupt or truncated; re-export or re-pull the image" });
  } finally {
    z.destroy();
    pump.catch(() => {
    });
  }
}

// src/layer/entries.ts
var WHITEOUT_PREFIX = ".wh.";
var OPAQUE_MARKER = ".wh..wh..opq";
var EMPTY2 = new Uint8Array(0);
function eventOf(h, hashSlot = false) {
  let kind = entryType(h);
  let path2 = cleanPath(h.name);
  const slash = path2.lastIndexOf("/");
  if (path2.charCodeAt(slash + 1) === 46 && path2.startsWith(WHITEOUT_PREFIX, slash + 1)) {
    const dir = slash === 0 ? "/" : path2.slice(0, slash);
    const base = path2.slice(slash + 1);
    if (base === OPAQUE_MARKER) {
      kind = "opaque";
      path2 = dir;
    } else if (base.length > WHITEOUT_PREFIX.length) {
      kind = "whiteout";
      path2 = (slash === 0 ? "/" : dir + "/") + base.slice(WHITEOUT_PREFIX.length);
    }
  }
  if (hashSlot && kind === "file") {
    return { path: path2, kind, sizeBytes: h.sizeBytes, mode: h.mode, uid: h.uid, gid: h.gid, mtimeSec: h.mtimeSec, contentHash: "" };
  }
  const ev = {
    path: path2,
    kind,
    sizeBytes: kind === "file" ? h.sizeBytes : 0,
    mode: h.mode,
    uid: h.uid,
    gid: h.gid,
    mtimeSec: h.mtimeSec
  };
  if (kind === "symlink") ev.linkTarget = h.linkname;
  else if (kind === "hardlink") ev.linkTarget = cleanPath(h.linkname);
  return ev;
}
var EventSink = class {
  /** events so far, in archive order */
  events = [];
  hasher;
  capture;
  file = null;
  /** bytes of the current body still to come */
  left = 0;
  hashStarted = false;
  captured = null;
  capturedFill = 0;
  constructor(opts2 = {}) {
    this.hasher = opts2.hasher ?? null;
    this.capture = opts2.capture;
  }
  entry(h) {
    const hashing = this.hasher !== null;
    const ev = eventOf(h, hashing);
    this.events.push(ev);
    if (ev.kind !== "file") return 0;
    const size2 = ev.sizeBytes;
    const keep = this.capture === void 0 ? 0 : Math.min(size2, Math.max(0, Math.floor(this.capture(ev.path, size2))));
    if (size2 === 0) {
      if (hashing) ev.contentHash = this.hasher.once(EMPTY2);
      return 0;
    }
    if (!hashing && keep === 0) return 0;
    this.file = ev;
    this.captured = keep > 0 ? new Uint8Array(keep) : null;
    this.capturedFill = 0;
    this.hashStarted = false;
    this.left = hashing ? size2 : keep;
    return this.left;
  }
  body(bytes, last) {
    const h = this.hasher;
    if (h !== null) {
      if (!this.hashStarted && last) {
        this.file.contentHash = h.once(bytes);
      } else {
        if (!this.hashStarted) {
          h.begin();
          this.hashStarted = true;
        }
        h.update(bytes);
        if (last) this.file.contentHash = h.end();
      }
    }
    const cap2 = this.captured;
    if (cap2 !== null && this.capturedFill < cap2.length) {
      const k = Math.min(cap2.length - this.capturedFill, bytes.length);
      cap2.set(k === bytes.length ? bytes : bytes.subarray(0, k), this.capturedFill);
      this.capturedFill += k;
    }
    if (last) {
      if (cap2 !== null) this.file.content = cap2;
      this.captured = null;
      this.file = null;
    }
  }
};

// src/layer/hash.ts
import { createHash as createHash2 } from "node:crypto";

// node_modules/xxhash-wasm/esm/xxhash-wasm.js
var t = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 48, 8, 96, 3, 127, 127, 127, 1, 127, 96, 3, 127, 127, 127, 0, 96, 2, 127, 127, 0, 96, 1, 127, 1, 127, 96, 3, 127, 127, 126, 1, 126, 96, 3, 126, 127, 127, 1, 126, 96, 2, 127, 126, 0, 96, 1, 127, 1, 126, 3, 11, 10, 0, 0, 2, 1, 3, 4, 5, 6, 1, 7, 5, 3, 1, 0, 1, 7, 85, 9, 3, 109, 101, 109, 2, 0, 5, 120, 120, 104, 51, 50, 0, 0, 6, 105, 110, 105, 116, 51, 50, 0, 2, 8, 117, 112, 100, 97, 116, 101, 51, 50, 0, 3, 8, 100, 105, 103, 101, 115, 116, 51, 50, 0, 4, 5, 120, 120, 104, 54, 52, 0, 5, 6, 105, 110, 105, 116, 54, 52, 0, 7, 8, 117, 112, 100, 97, 116, 101, 54, 52, 0, 8, 8, 100, 105, 103, 101, 115, 116, 54, 52, 0, 9, 10, 251, 22, 10, 242, 1, 1, 4, 127, 32, 0, 32, 1, 106, 33, 3, 32, 1, 65, 16, 79, 4, 127, 32, 3, 65, 16, 107, 33, 6, 32, 2, 65, 168, 136, 141, 161, 2, 106, 33, 3, 32, 2, 65, 137, 235, 208, 208, 7, 107, 33, 4, 32, 2, 65, 207, 140, 162, 142, 6, 106, 33, 5, 3, 64, 32, 3, 32, 0, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 3, 32, 4, 32, 0, 65, 4, 106, 34, 0, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 4, 32, 2, 32, 0, 65, 4, 106, 34, 0, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 2, 32, 5, 32, 0, 65, 4, 106, 34, 0, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 5, 32, 6, 32, 0, 65, 4, 106, 34, 0, 79, 13, 0, 11, 32, 2, 65, 12, 119, 32, 5, 65, 18, 119, 106, 32, 4, 65, 7, 119, 106, 32, 3, 65, 1, 119, 106, 5, 32, 2, 65, 177, 207, 217, 178, 1, 106, 11, 32, 1, 106, 32, 0, 32, 1, 65, 15, 113, 16, 1, 11, 146, 1, 0, 32, 1, 32, 2, 106, 33, 2, 3, 64, 32, 1, 65, 4, 106, 32, 2, 75, 69, 4, 64, 32, 0, 32, 1, 40, 2, 0, 65, 189, 220, 202, 149, 124, 108, 106, 65, 17, 119, 65, 175, 214, 211, 190, 2, 108, 33, 0, 32, 1, 65, 4, 106, 33, 1, 12, 1, 11, 11, 3, 64, 32, 1, 32, 2, 79, 69, 4, 64, 32, 0, 32, 1, 45, 0, 0, 65, 177, 207, 217, 178, 1, 108, 106, 65, 11, 119, 65, 177, 243, 221, 241, 121, 108, 33, 0, 32, 1, 65, 1, 106, 33, 1, 12, 1, 11, 11, 32, 0, 32, 0, 65, 15, 118, 115, 65, 247, 148, 175, 175, 120, 108, 34, 0, 65, 13, 118, 32, 0, 115, 65, 189, 220, 202, 149, 124, 108, 34, 0, 65, 16, 118, 32, 0, 115, 11, 63, 0, 32, 0, 65, 8, 106, 32, 1, 65, 168, 136, 141, 161, 2, 106, 54, 2, 0, 32, 0, 65, 12, 106, 32, 1, 65, 137, 235, 208, 208, 7, 107, 54, 2, 0, 32, 0, 65, 16, 106, 32, 1, 54, 2, 0, 32, 0, 65, 20, 106, 32, 1, 65, 207, 140, 162, 142, 6, 106, 54, 2, 0, 11, 195, 4, 1, 6, 127, 32, 1, 32, 2, 106, 33, 6, 32, 0, 65, 24, 106, 33, 4, 32, 0, 65, 40, 106, 40, 2, 0, 33, 3, 32, 0, 32, 0, 40, 2, 0, 32, 2, 106, 54, 2, 0, 32, 0, 65, 4, 106, 34, 5, 32, 5, 40, 2, 0, 32, 2, 65, 16, 79, 32, 0, 40, 2, 0, 65, 16, 79, 114, 114, 54, 2, 0, 32, 2, 32, 3, 106, 65, 16, 73, 4, 64, 32, 3, 32, 4, 106, 32, 1, 32, 2, 252, 10, 0, 0, 32, 0, 65, 40, 106, 32, 2, 32, 3, 106, 54, 2, 0, 15, 11, 32, 3, 4, 64, 32, 3, 32, 4, 106, 32, 1, 65, 16, 32, 3, 107, 34, 2, 252, 10, 0, 0, 32, 0, 65, 8, 106, 34, 3, 32, 3, 40, 2, 0, 32, 4, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 54, 2, 0, 32, 0, 65, 12, 106, 34, 3, 32, 3, 40, 2, 0, 32, 4, 65, 4, 106, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 54, 2, 0, 32, 0, 65, 16, 106, 34, 3, 32, 3, 40, 2, 0, 32, 4, 65, 8, 106, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 54, 2, 0, 32, 0, 65, 20, 106, 34, 3, 32, 3, 40, 2, 0, 32, 4, 65, 12, 106, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 54, 2, 0, 32, 0, 65, 40, 106, 65, 0, 54, 2, 0, 32, 1, 32, 2, 106, 33, 1, 11, 32, 1, 32, 6, 65, 16, 107, 77, 4, 64, 32, 6, 65, 16, 107, 33, 8, 32, 0, 65, 8, 106, 40, 2, 0, 33, 2, 32, 0, 65, 12, 106, 40, 2, 0, 33, 3, 32, 0, 65, 16, 106, 40, 2, 0, 33, 5, 32, 0, 65, 20, 106, 40, 2, 0, 33, 7, 3, 64, 32, 2, 32, 1, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 2, 32, 3, 32, 1, 65, 4, 106, 34, 1, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 3, 32, 5, 32, 1, 65, 4, 106, 34, 1, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 5, 32, 7, 32, 1, 65, 4, 106, 34, 1, 40, 2, 0, 65, 247, 148, 175, 175, 120, 108, 106, 65, 13, 119, 65, 177, 243, 221, 241, 121, 108, 33, 7, 32, 8, 32, 1, 65, 4, 106, 34, 1, 79, 13, 0, 11, 32, 0, 65, 8, 106, 32, 2, 54, 2, 0, 32, 0, 65, 12, 106, 32, 3, 54, 2, 0, 32, 0, 65, 16, 106, 32, 5, 54, 2, 0, 32, 0, 65, 20, 106, 32, 7, 54, 2, 0, 11, 32, 1, 32, 6, 73, 4, 64, 32, 4, 32, 1, 32, 6, 32, 1, 107, 34, 1, 252, 10, 0, 0, 32, 0, 65, 40, 106, 32, 1, 54, 2, 0, 11, 11, 97, 1, 1, 127, 32, 0, 65, 16, 106, 40, 2, 0, 33, 1, 32, 0, 65, 4, 106, 40, 2, 0, 4, 127, 32, 1, 65, 12, 119, 32, 0, 65, 20, 106, 40, 2, 0, 65, 18, 119, 106, 32, 0, 65, 12, 106, 40, 2, 0, 65, 7, 119, 106, 32, 0, 65, 8, 106, 40, 2, 0, 65, 1, 119, 106, 5, 32, 1, 65, 177, 207, 217, 178, 1, 106, 11, 32, 0, 40, 2, 0, 106, 32, 0, 65, 24, 106, 32, 0, 65, 40, 106, 40, 2, 0, 16, 1, 11, 255, 3, 2, 3, 126, 1, 127, 32, 0, 32, 1, 106, 33, 6, 32, 1, 65, 32, 79, 4, 126, 32, 6, 65, 32, 107, 33, 6, 32, 2, 66, 214, 235, 130, 238, 234, 253, 137, 245, 224, 0, 124, 33, 3, 32, 2, 66, 177, 169, 172, 193, 173, 184, 212, 166, 61, 125, 33, 4, 32, 2, 66, 249, 234, 208, 208, 231, 201, 161, 228, 225, 0, 124, 33, 5, 3, 64, 32, 3, 32, 0, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 3, 32, 4, 32, 0, 65, 8, 106, 34, 0, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 4, 32, 2, 32, 0, 65, 8, 106, 34, 0, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 2, 32, 5, 32, 0, 65, 8, 106, 34, 0, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 5, 32, 6, 32, 0, 65, 8, 106, 34, 0, 79, 13, 0, 11, 32, 2, 66, 12, 137, 32, 5, 66, 18, 137, 124, 32, 4, 66, 7, 137, 124, 32, 3, 66, 1, 137, 124, 32, 3, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 4, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 2, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 5, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 5, 32, 2, 66, 197, 207, 217, 178, 241, 229, 186, 234, 39, 124, 11, 32, 1, 173, 124, 32, 0, 32, 1, 65, 31, 113, 16, 6, 11, 134, 2, 0, 32, 1, 32, 2, 106, 33, 2, 3, 64, 32, 2, 32, 1, 65, 8, 106, 79, 4, 64, 32, 1, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 32, 0, 133, 66, 27, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 33, 0, 32, 1, 65, 8, 106, 33, 1, 12, 1, 11, 11, 32, 1, 65, 4, 106, 32, 2, 77, 4, 64, 32, 0, 32, 1, 53, 2, 0, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 23, 137, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 249, 243, 221, 241, 153, 246, 153, 171, 22, 124, 33, 0, 32, 1, 65, 4, 106, 33, 1, 11, 3, 64, 32, 1, 32, 2, 73, 4, 64, 32, 0, 32, 1, 49, 0, 0, 66, 197, 207, 217, 178, 241, 229, 186, 234, 39, 126, 133, 66, 11, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 0, 32, 1, 65, 1, 106, 33, 1, 12, 1, 11, 11, 32, 0, 32, 0, 66, 33, 136, 133, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 34, 0, 32, 0, 66, 29, 136, 133, 66, 249, 243, 221, 241, 153, 246, 153, 171, 22, 126, 34, 0, 32, 0, 66, 32, 136, 133, 11, 77, 0, 32, 0, 65, 8, 106, 32, 1, 66, 214, 235, 130, 238, 234, 253, 137, 245, 224, 0, 124, 55, 3, 0, 32, 0, 65, 16, 106, 32, 1, 66, 177, 169, 172, 193, 173, 184, 212, 166, 61, 125, 55, 3, 0, 32, 0, 65, 24, 106, 32, 1, 55, 3, 0, 32, 0, 65, 32, 106, 32, 1, 66, 249, 234, 208, 208, 231, 201, 161, 228, 225, 0, 124, 55, 3, 0, 11, 244, 4, 2, 3, 127, 4, 126, 32, 1, 32, 2, 106, 33, 5, 32, 0, 65, 40, 106, 33, 4, 32, 0, 65, 200, 0, 106, 40, 2, 0, 33, 3, 32, 0, 32, 0, 41, 3, 0, 32, 2, 173, 124, 55, 3, 0, 32, 2, 32, 3, 106, 65, 32, 73, 4, 64, 32, 3, 32, 4, 106, 32, 1, 32, 2, 252, 10, 0, 0, 32, 0, 65, 200, 0, 106, 32, 2, 32, 3, 106, 54, 2, 0, 15, 11, 32, 3, 4, 64, 32, 3, 32, 4, 106, 32, 1, 65, 32, 32, 3, 107, 34, 2, 252, 10, 0, 0, 32, 0, 65, 8, 106, 34, 3, 32, 3, 41, 3, 0, 32, 4, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 55, 3, 0, 32, 0, 65, 16, 106, 34, 3, 32, 3, 41, 3, 0, 32, 4, 65, 8, 106, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 55, 3, 0, 32, 0, 65, 24, 106, 34, 3, 32, 3, 41, 3, 0, 32, 4, 65, 16, 106, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 55, 3, 0, 32, 0, 65, 32, 106, 34, 3, 32, 3, 41, 3, 0, 32, 4, 65, 24, 106, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 55, 3, 0, 32, 0, 65, 200, 0, 106, 65, 0, 54, 2, 0, 32, 1, 32, 2, 106, 33, 1, 11, 32, 1, 65, 32, 106, 32, 5, 77, 4, 64, 32, 5, 65, 32, 107, 33, 2, 32, 0, 65, 8, 106, 41, 3, 0, 33, 6, 32, 0, 65, 16, 106, 41, 3, 0, 33, 7, 32, 0, 65, 24, 106, 41, 3, 0, 33, 8, 32, 0, 65, 32, 106, 41, 3, 0, 33, 9, 3, 64, 32, 6, 32, 1, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 6, 32, 7, 32, 1, 65, 8, 106, 34, 1, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 7, 32, 8, 32, 1, 65, 8, 106, 34, 1, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 8, 32, 9, 32, 1, 65, 8, 106, 34, 1, 41, 3, 0, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 124, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 33, 9, 32, 2, 32, 1, 65, 8, 106, 34, 1, 79, 13, 0, 11, 32, 0, 65, 8, 106, 32, 6, 55, 3, 0, 32, 0, 65, 16, 106, 32, 7, 55, 3, 0, 32, 0, 65, 24, 106, 32, 8, 55, 3, 0, 32, 0, 65, 32, 106, 32, 9, 55, 3, 0, 11, 32, 1, 32, 5, 73, 4, 64, 32, 4, 32, 1, 32, 5, 32, 1, 107, 34, 1, 252, 10, 0, 0, 32, 0, 65, 200, 0, 106, 32, 1, 54, 2, 0, 11, 11, 188, 2, 1, 5, 126, 32, 0, 65, 24, 106, 41, 3, 0, 33, 1, 32, 0, 41, 3, 0, 34, 2, 66, 32, 90, 4, 126, 32, 0, 65, 8, 106, 41, 3, 0, 34, 3, 66, 1, 137, 32, 0, 65, 16, 106, 41, 3, 0, 34, 4, 66, 7, 137, 124, 32, 1, 66, 12, 137, 32, 0, 65, 32, 106, 41, 3, 0, 34, 5, 66, 18, 137, 124, 124, 32, 3, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 4, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 1, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 32, 5, 66, 207, 214, 211, 190, 210, 199, 171, 217, 66, 126, 66, 31, 137, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 133, 66, 135, 149, 175, 175, 152, 182, 222, 155, 158, 127, 126, 66, 157, 163, 181, 234, 131, 177, 141, 138, 250, 0, 125, 5, 32, 1, 66, 197, 207, 217, 178, 241, 229, 186, 234, 39, 124, 11, 32, 2, 124, 32, 0, 65, 40, 106, 32, 2, 66, 31, 131, 167, 16, 6, 11]);
async function e() {
  return (function(t2) {
    const { exports: { mem: e2, xxh32: n, xxh64: r, init32: i, update32: a, digest32: o, init64: s, update64: u, digest64: c } } = t2;
    let h = new Uint8Array(e2.buffer);
    function g(t3, n2) {
      if (e2.buffer.byteLength < t3 + n2) {
        const r2 = Math.ceil((t3 + n2 - e2.buffer.byteLength) / 65536);
        e2.grow(r2), h = new Uint8Array(e2.buffer);
      }
    }
    function f(t3, e3, n2, r2, i2, a2) {
      g(t3);
      const o2 = new Uint8Array(t3);
      return h.set(o2), n2(0, e3), o2.set(h.subarray(0, t3)), { update(e4) {
        let n3;
        return h.set(o2), "string" == typeof e4 ? (g(3 * e4.length, t3), n3 = w.encodeInto(e4, h.subarray(t3)).written) : (g(e4.byteLength, t3), h.set(e4, t3), n3 = e4.byteLength), r2(0, t3, n3), o2.set(h.subarray(0, t3)), this;
      }, digest: () => (h.set(o2), a2(i2(0))) };
    }
    function y(t3) {
      return t3 >>> 0;
    }
    const b = 2n ** 64n - 1n;
    function d(t3) {
      return t3 & b;
    }
    const w = new TextEncoder(), l = 0, p = 0n;
    function x(t3, e3 = l) {
      return g(3 * t3.length, 0), y(n(0, w.encodeInto(t3, h).written, e3));
    }
    function L(t3, e3 = p) {
      return g(3 * t3.length, 0), d(r(0, w.encodeInto(t3, h).written, e3));
    }
    return { h32: x, h32ToString: (t3, e3 = l) => x(t3, e3).toString(16).padStart(8, "0"), h32Raw: (t3, e3 = l) => (g(t3.byteLength, 0), h.set(t3), y(n(0, t3.byteLength, e3))), create32: (t3 = l) => f(48, t3, i, a, o, y), h64: L, h64ToString: (t3, e3 = p) => L(t3, e3).toString(16).padStart(16, "0"), h64Raw: (t3, e3 = p) => (g(t3.byteLength, 0), h.set(t3), d(r(0, t3.byteLength, e3))), create64: (t3 = p) => f(88, t3, s, u, c, d) };
  })((await WebAssembly.instantiate(t)).instance);
}

// src/layer/hash.ts
var api = null;
function hex64(v) {
  return v.toString(16).padStart(16, "0");
}
async function loadContentHasher() {
  api ??= e();
  const x = await api;
  let state = null;
  return {
    once: (bytes) => hex64(x.h64Raw(bytes)),
    begin: () => {
      state = x.create64();
    },
    update: (bytes) => {
      state.update(bytes);
    },
    end: () => {
      const v = state.digest();
      state = null;
      return hex64(v);
    }
  };
}
var Sha256 = class {
  h = createHash2("sha256");
  /** adds bytes */
  update(bytes) {
    this.h.update(bytes);
  }
  /** `sha256:<hex>` */
  digest() {
    return "sha256:" + this.h.digest("hex");
  }
};

// src/tar/stream.ts
var S_HEADER = 0;
var S_BODY = 1;
var S_META = 2;
var S_SKIP = 3;
var S_DONE = 4;
var TarStream = class {
  /** bytes pushed so far (the uncompressed tar length at the end) */
  tarBytes = 0;
  /** the walker (entry counts, the last entry's name) */
  walk = new TarWalk();
  sink;
  state = S_HEADER;
  hdr = new Uint8Array(BLOCK_BYTES);
  hdrFill = 0;
  /** bytes left of the wanted body (S_BODY), of the metadata body (S_META) or of what to skip (S_SKIP) */
  remaining = 0;
  /** what to skip after the wanted body: the unwanted rest and the padding */
  after = 0;
  metaBuf = null;
  metaFill = 0;
  metaOffset = 0;
  constructor(sink) {
    this.sink = sink;
  }
  /** feeds the next chunk; throws InputError for a corrupt archive */
  push(input) {
    const chunk = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const len2 = chunk.length;
    const base = this.tarBytes;
    this.tarBytes += len2;
    let pos = 0;
    while (pos < len2) {
      switch (this.state) {
        case S_HEADER: {
          if (this.hdrFill === 0 && len2 - pos >= BLOCK_BYTES) {
            pos += BLOCK_BYTES;
            this.onHeader(chunk, pos - BLOCK_BYTES, base + pos - BLOCK_BYTES);
          } else {
            const n = Math.min(BLOCK_BYTES - this.hdrFill, len2 - pos);
            this.hdr.set(chunk.subarray(pos, pos + n), this.hdrFill);
            this.hdrFill += n;
            pos += n;
            if (this.hdrFill === BLOCK_BYTES) {
              this.hdrFill = 0;
              this.onHeader(this.hdr, 0, base + pos - BLOCK_BYTES);
            }
          }
          break;
        }
        case S_SKIP: {
          const n = Math.min(this.remaining, len2 - pos);
          pos += n;
          this.remaining -= n;
          if (this.remaining === 0) this.state = S_HEADER;
          break;
        }
        case S_BODY: {
          const n = Math.min(this.remaining, len2 - pos);
          const last = n === this.remaining;
          this.remaining -= n;
          this.sink.body(chunk.subarray(pos, pos + n), last);
          pos += n;
          if (last) this.skip(this.after);
          break;
        }
        case S_META: {
          const n = Math.min(this.remaining, len2 - pos);
          this.metaBuf.set(chunk.subarray(pos, pos + n), this.metaFill);
          this.metaFill += n;
          this.remaining -= n;
          pos += n;
          if (this.remaining === 0) {
            this.walk.meta(this.metaBuf, this.metaOffset);
            this.metaBuf = null;
            this.skip(this.after);
          }
          break;
        }
        default:
          return;
      }
    }
  }
  /** finishes the stream; throws InputError when the archive is truncated */
  end() {
    if (this.state === S_DONE) return;
    if (this.state === S_HEADER) {
      if (this.hdrFill > 0) throw this.walk.truncatedHeader();
      this.walk.endAtBoundary(this.tarBytes);
      return;
    }
    throw this.walk.truncatedBody();
  }
  skip(n) {
    if (n === 0) {
      this.state = S_HEADER;
    } else {
      this.state = S_SKIP;
      this.remaining = n;
    }
  }
  onHeader(block, off, offset) {
    const walk = this.walk;
    switch (walk.header(block, off, offset)) {
      case STEP.entry: {
        const size2 = walk.bodyBytes;
        const want = Math.min(size2, this.sink.entry(walk.entry, offset + BLOCK_BYTES));
        if (want > 0) {
          this.remaining = want;
          this.after = size2 - want + walk.padBytes;
          this.state = S_BODY;
        } else {
          this.skip(size2 + walk.padBytes);
        }
        return;
      }
      case STEP.zero:
        return;
      case STEP.end:
        this.state = S_DONE;
        return;
      case STEP.meta:
        this.after = walk.padBytes;
        this.metaOffset = offset;
        if (walk.bodyBytes === 0) {
          walk.meta(new Uint8Array(0), offset);
          this.skip(this.after);
          return;
        }
        this.metaBuf = new Uint8Array(walk.bodyBytes);
        this.metaFill = 0;
        this.remaining = walk.bodyBytes;
        this.state = S_META;
        return;
    }
  }
};

// src/layer/scan.ts
async function scanStream(body, opts2) {
  const hasher = opts2.hash ? await loadContentHasher() : null;
  const it = body[Symbol.asyncIterator]();
  let finished = false;
  try {
    const head = [];
    let headBytes = 0;
    while (headBytes < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done) {
        finished = true;
        break;
      }
      if (r.value.length === 0) continue;
      head.push(r.value);
      headBytes += r.value.length;
    }
    const first = head.length === 1 ? head[0] : joinHead(head, headBytes);
    const compression = sniffCompression(first.subarray(0, SNIFF_BYTES));
    const blobHash = opts2.verify ? new Sha256() : null;
    let blobBytes = 0;
    async function* blob() {
      for (const c of head) {
        blobBytes += c.length;
        blobHash?.update(c);
        yield c;
      }
      while (!finished) {
        const r = await it.next();
        if (r.done) {
          finished = true;
          break;
        }
        blobBytes += r.value.length;
        blobHash?.update(r.value);
        yield r.value;
      }
    }
    const sink = new EventSink({ hasher, capture: opts2.capture });
    const parser = new TarStream(sink);
    const tarHash = opts2.verify && compression !== "none" ? new Sha256() : null;
    const tar = compression === "none" ? blob() : decompress(compression, blob());
    for await (const chunk of tar) {
      tarHash?.update(chunk);
      parser.push(chunk);
    }
    parser.end();
    const scan = { events: sink.events, tarBytes: parser.tarBytes, blobBytes, compression };
    if (blobHash !== null) {
      scan.blobDigest = blobHash.digest();
      scan.diffId = tarHash === null ? scan.blobDigest : tarHash.digest();
    }
    return scan;
  } finally {
    if (!finished) await it.return?.();
  }
}
function joinHead(parts, n) {
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
async function* readAll(ra, chunkBytes) {
  for (let off = 0; off < ra.sizeBytes; off += chunkBytes) {
    const got = await ra.read(off, Math.min(chunkBytes, ra.sizeBytes - off));
    if (got.length === 0) return;
    yield got;
  }
}
async function scanSeekable(ra, opts2) {
  if (opts2.hash || opts2.verify) throw new Error("internal error: scanSeekable needs hash and verify off; use scanStream");
  const head = ra.sizeBytes === 0 ? new Uint8Array(0) : await ra.read(0, Math.min(SNIFF_BYTES, ra.sizeBytes));
  const compression = sniffCompression(head);
  if (compression !== "none") return scanStream(readAll(ra, 1 << 20), opts2);
  const sink = new EventSink({ capture: opts2.capture });
  await seekTar((offset, length) => ra.read(offset, length), ra.sizeBytes, sink);
  return { events: sink.events, tarBytes: ra.sizeBytes, blobBytes: ra.sizeBytes, compression };
}
function createLayerScanner() {
  return { scanStream, scanSeekable };
}

// src/budget/evaluate.ts
function context(input) {
  const { report, analysis, config } = input;
  const ignoreGlobs = config.ignore.map((g) => compileGlob(g));
  const ignored = (p) => ignoreGlobs.some((g) => g.testPathOrAncestor(p));
  let waste = null;
  return {
    report,
    analysis,
    diff: input.diff,
    ignoring: ignoreGlobs.length > 0,
    ignored,
    hintLevels: config.hints.rules,
    waste: () => waste ??= wasteLessIgnored(report, analysis, ignoreGlobs.length > 0, ignored)
  };
}
function evaluate(input) {
  const ctx = context(input);
  const out = [];
  for (const entry of BUDGET_RULES) {
    const rule2 = entry;
    const setting = settingAt(input.config.budgets, rule2.name);
    if (setting === null || setting === void 0) continue;
    for (const m of rule2.measure(ctx, setting)) {
      const status = m.skip !== void 0 ? "pass" : m.status ?? (isOver(m) ? m.limit.level : "pass");
      out.push({ rule: m.rule, status, actual: m.actual, limit: m.limit.value, unit: m.unit, message: rule2.message(m), waived: false });
    }
  }
  if (input.waived) {
    for (const v of out) {
      if (v.status !== "fail") continue;
      v.status = "warn";
      v.waived = true;
      v.message += " (waived)";
    }
  }
  return out;
}
function overallStatus(verdicts) {
  if (verdicts.some((v) => v.status === "fail")) return "fail";
  if (verdicts.some((v) => v.status === "warn")) return "warn";
  return "pass";
}

// src/report/diff.ts
function nd(base, head, withPercent = true) {
  const delta = head - base;
  return { base, head, delta, percent: withPercent && base !== 0 ? delta / base * 100 : null };
}
function pct(base, delta) {
  return base === null || base === 0 ? null : delta / base * 100;
}
function layerDelta(status, b, h) {
  const ref = h ?? b;
  const baseBytes = b ? b.contentBytes : null;
  const headBytes = h ? h.contentBytes : null;
  const deltaBytes = (headBytes ?? 0) - (baseBytes ?? 0);
  const baseC = b ? b.compressedBytes : null;
  const headC = h ? h.compressedBytes : null;
  const deltaC = (headC ?? 0) - (baseC ?? 0);
  return {
    status,
    baseIndex: b ? b.index : null,
    headIndex: h ? h.index : null,
    instruction: ref.instruction,
    normalizedInstruction: ref.normalizedInstruction,
    diffId: ref.diffId,
    baseBytes,
    headBytes,
    deltaBytes,
    deltaPercent: pct(baseBytes, deltaBytes),
    baseCompressedBytes: baseC,
    headCompressedBytes: headC,
    deltaCompressedBytes: deltaC,
    deltaCompressedPercent: pct(baseC, deltaC)
  };
}
function alignByInstruction(base, head) {
  const n = base.length;
  const m = head.length;
  if (n === 0 || m === 0) return [];
  const ids = /* @__PURE__ */ new Map();
  const id17 = (s) => {
    if (s === "") return 0;
    let v = ids.get(s);
    if (v === void 0) ids.set(s, v = ids.size + 1);
    return v;
  };
  const a = base.map((l) => id17(l.normalizedInstruction));
  const b = head.map((l) => id17(l.normalizedInstruction));
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i2 = n - 1; i2 >= 0; i2--) {
    const bi = a[i2];
    for (let j2 = m - 1; j2 >= 0; j2--) {
      const eq = bi !== 0 && bi === b[j2];
      dp[i2 * w + j2] = eq ? dp[(i2 + 1) * w + j2 + 1] + 1 : Math.max(dp[(i2 + 1) * w + j2], dp[i2 * w + j2 + 1]);
    }
  }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const bi = a[i];
    if (bi !== 0 && bi === b[j] && dp[i * w + j] === dp[(i + 1) * w + j + 1] + 1) {
      pairs.push([base[i].index, head[j].index]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}
function depthOf(path2) {
  return path2 === "/" ? 0 : path2.split("/").length - 1;
}
function fold(list) {
  const listed = new Set(list.map((d) => d.path));
  const childSum = /* @__PURE__ */ new Map();
  for (const c of list) {
    let p = c.path;
    while (p !== "/") {
      const cut = p.lastIndexOf("/");
      p = cut <= 0 ? "/" : p.slice(0, cut);
      if (listed.has(p)) {
        childSum.set(p, (childSum.get(p) ?? 0) + Math.abs(c.deltaBytes));
        break;
      }
    }
  }
  return list.filter((d) => (childSum.get(d.path) ?? 0) < 0.9 * Math.abs(d.deltaBytes));
}
function floors(list, maxDepth) {
  const out = new Array(maxDepth + 2).fill(Infinity);
  for (const [path2, size2] of list) {
    const d = depthOf(path2);
    if (d <= maxDepth) out[d] = Math.min(out[d], size2);
  }
  for (let d = maxDepth - 1; d >= 0; d--) out[d] = Math.min(out[d], out[d + 1]);
  return out;
}
function commonAncestor(path2, b, h) {
  let p = path2;
  while (p !== "/") {
    const cut = p.lastIndexOf("/");
    p = cut <= 0 ? "/" : p.slice(0, cut);
    if (b.has(p) && h.has(p)) return p;
  }
  return null;
}
function outermost(list) {
  const shown = new Set(list.map((d) => d.path));
  return list.filter((d) => {
    let p = d.path;
    while (p !== "/") {
      const cut = p.lastIndexOf("/");
      p = cut <= 0 ? "/" : p.slice(0, cut);
      if (shown.has(p)) return false;
    }
    return true;
  });
}
function diffDirectories(base, head, top) {
  const depth2 = Math.min(base.directoryDepth, head.directoryDepth);
  const b = /* @__PURE__ */ new Map();
  const h = /* @__PURE__ */ new Map();
  for (const d of base.directories) if (depthOf(d.path) <= depth2) b.set(d.path, d.sizeBytes);
  for (const d of head.directories) if (depthOf(d.path) <= depth2) h.set(d.path, d.sizeBytes);
  const baseCapped = base.directoriesOmitted > 0;
  const headCapped = head.directoriesOmitted > 0;
  const baseFloor = baseCapped ? floors(b, depth2) : null;
  const headFloor = headCapped ? floors(h, depth2) : null;
  const all = [];
  let indeterminate = 0;
  for (const path2 of /* @__PURE__ */ new Set([...b.keys(), ...h.keys()])) {
    const bb = b.get(path2) ?? null;
    const hb = h.get(path2) ?? null;
    const deltaBytes = (hb ?? 0) - (bb ?? 0);
    if (deltaBytes === 0) continue;
    const uncertain = bb === null && baseCapped || hb === null && headCapped;
    if (uncertain) {
      const d = depthOf(path2);
      const known = bb ?? hb;
      const floor = bb === null ? baseFloor[d] : headFloor[d];
      const anc = commonAncestor(path2, b, h);
      if (known <= floor || anc !== null && b.get(anc) === h.get(anc)) {
        indeterminate++;
        continue;
      }
    }
    all.push({ path: path2, baseBytes: bb, headBytes: hb, deltaBytes, deltaPercent: pct(bb, deltaBytes), uncertain });
  }
  const byPath = (x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
  const growing = outermost(fold(all.filter((d) => d.deltaBytes > 0))).sort((x, y) => y.deltaBytes - x.deltaBytes || byPath(x, y));
  const shrinking = outermost(fold(all.filter((d) => d.deltaBytes < 0))).sort((x, y) => x.deltaBytes - y.deltaBytes || byPath(x, y));
  return {
    depth: depth2,
    growing: growing.slice(0, top),
    shrinking: shrinking.slice(0, top),
    growingOmitted: Math.max(0, growing.length - top),
    shrinkingOmitted: Math.max(0, shrinking.length - top),
    approximate: baseCapped || headCapped,
    indeterminate
  };
}
function diffReports(base, head, options = {}) {
  const baseLayers = [...base.layers].sort((x, y) => x.index - y.index);
  const headLayers = [...head.layers].sort((x, y) => x.index - y.index);
  const pairOfHead = /* @__PURE__ */ new Map();
  const pairedBase = /* @__PURE__ */ new Set();
  const byDiffId = /* @__PURE__ */ new Map();
  for (const l of baseLayers) {
    const q = byDiffId.get(l.diffId);
    if (q) q.push(l.index);
    else byDiffId.set(l.diffId, [l.index]);
  }
  for (const l of headLayers) {
    const b = byDiffId.get(l.diffId)?.shift();
    if (b !== void 0) {
      pairOfHead.set(l.index, { base: b, status: "unchanged" });
      pairedBase.add(b);
    }
  }
  const restBase = baseLayers.filter((l) => !pairedBase.has(l.index));
  const restHead = headLayers.filter((l) => !pairOfHead.has(l.index));
  for (const [b, h] of alignByInstruction(restBase, restHead)) {
    pairOfHead.set(h, { base: b, status: "changed" });
    pairedBase.add(b);
  }
  const baseByIndex = new Map(baseLayers.map((l) => [l.index, l]));
  const removedAfter = /* @__PURE__ */ new Map();
  let lastPaired = -1;
  for (const l of baseLayers) {
    if (pairedBase.has(l.index)) lastPaired = l.index;
    else {
      const q = removedAfter.get(lastPaired);
      if (q) q.push(l);
      else removedAfter.set(lastPaired, [l]);
    }
  }
  const layers = [];
  const emitRemoved = (after) => {
    for (const l of removedAfter.get(after) ?? []) layers.push(layerDelta("removed", l, void 0));
    removedAfter.delete(after);
  };
  emitRemoved(-1);
  for (const h of headLayers) {
    const pair = pairOfHead.get(h.index);
    if (pair) {
      layers.push(layerDelta(pair.status, baseByIndex.get(pair.base), h));
      emitRemoved(pair.base);
    } else layers.push(layerDelta("added", void 0, h));
  }
  for (const after of [...removedAfter.keys()].sort((x, y) => x - y)) emitRemoved(after);
  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const l of layers) counts[l.status]++;
  const bt = base.totals;
  const ht = head.totals;
  return {
    layers,
    counts,
    totals: {
      totalBytes: nd(bt.totalBytes, ht.totalBytes),
      compressedBytes: nd(bt.compressedBytes, ht.compressedBytes),
      visibleBytes: nd(bt.visibleBytes, ht.visibleBytes),
      wastedBytes: nd(bt.wastedBytes, ht.wastedBytes),
      efficiency: nd(bt.efficiency, ht.efficiency, false),
      layerCount: nd(bt.layerCount, ht.layerCount),
      duplicateBytes: nd(base.duplicates.reclaimableBytes, head.duplicates.reclaimableBytes)
    },
    directories: diffDirectories(base, head, options.topDirectories ?? 20)
  };
}

// src/core/outcome.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function rankHints(hints) {
  return hints.map((h, i) => ({ h, i })).sort((a, b) => SEVERITY_ORDER[a.h.severity] - SEVERITY_ORDER[b.h.severity] || b.h.savingsBytes - a.h.savingsBytes || a.i - b.i).map((x) => x.h);
}
function decideWaiver(w, config) {
  if (w?.force) return { waived: true, label: null };
  if (!w || w.disabled) return { waived: false, label: null };
  const labels = w.labels ?? [];
  for (const label of [w.label, config.waiver.label]) {
    if (label && labels.includes(label)) return { waived: true, label };
  }
  return { waived: false, label: null };
}
function buildOutcome(request2, made) {
  const config = request2.config ?? defaultConfig();
  const key = request2.key ?? made.report.provenance?.key ?? "default";
  const provenance = request2.provenance === void 0 ? made.report.provenance : request2.provenance === null ? null : { key, ...request2.provenance };
  const head = redactReport({ ...made.report, provenance, hints: rankHints(made.hints), verdicts: [] });
  const base = request2.baseline ? redactReport(request2.baseline) : null;
  const baseline = base?.value ?? null;
  const diff = baseline ? diffReports(baseline, head.value) : null;
  const waiver = decideWaiver(request2.waiver, config);
  const verdicts = evaluate({
    report: head.value,
    ...made.analysis ? { analysis: made.analysis } : {},
    diff,
    config,
    waived: waiver.waived
  });
  const report = { ...head.value, verdicts };
  const verdictStatus = overallStatus(verdicts);
  return {
    key,
    report,
    baseline,
    diff,
    verdicts,
    verdictStatus,
    status: verdictStatus === "fail" ? "fail" : baseline ? verdictStatus : "no-baseline",
    baselineNote: baseline ? null : request2.baselineNote ?? null,
    waiver,
    redactions: head.masked + (base?.masked ?? 0),
    comment: config.comment,
    summaryUrl: request2.summaryUrl ?? null,
    analysis: made.analysis
  };
}

// src/core/run.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
async function run(request2, io) {
  const config = request2.config ?? defaultConfig();
  if (typeof request2.source !== "string") {
    const report = request2.source.report;
    return buildOutcome(request2, { report, hints: report.hints, analysis: null });
  }
  let analysis;
  try {
    analysis = await readImage(request2.source, request2, io);
  } catch (err) {
    throw masked(err);
  }
  const hints = runHints(analysis, { rules: config.hints.rules });
  return buildOutcome(request2, { report: analysis.report, hints, analysis });
}
function masked(err) {
  if (!(err instanceof Error)) return err;
  const text = redactText(err.message);
  if (text === err.message) return err;
  return err instanceof InputError ? new InputError(text, { cause: err, hint: redactText(err.hint ?? "") }) : new Error(text, { cause: err });
}
async function readImage(source, request2, io) {
  const platform2 = request2.platform ? parsePlatform(request2.platform) : void 0;
  const load = (spec, hash, onProgress) => openSource(spec, { stdin: io.stdin, env: io.env }).load({
    ...platform2 ? { platform: platform2 } : {},
    scanner: createLayerScanner(),
    scan: { hash, verify: request2.verify ?? false, ...hash ? { capture: captureBytes } : {} },
    ...onProgress ? { onProgress } : {}
  });
  const image = await load(source, request2.hash ?? true, request2.onProgress);
  if (platform2 && !platformMatches(platform2, image.platform)) {
    throw new InputError(`--platform ${formatPlatform(platform2)}: ${source} holds a ${formatPlatform(image.platform)} image only`, {
      hint: `drop --platform (or the platform input), or pass ${formatPlatform(image.platform)}`
    });
  }
  let baseImage2;
  if (request2.baseImage) {
    let base;
    try {
      base = await load(request2.baseImage, false);
    } catch (err) {
      throw withContext(`reading the base image ${request2.baseImage}`, err);
    }
    baseImage2 = { source: "input", name: base.names[0] ?? request2.baseImage, ...base.manifestDigest ? { digest: base.manifestDigest } : {}, diffIds: base.layers.map((l) => l.diffId) };
  } else {
    baseImage2 = baseFromBaseline(request2.baseline ?? null, image);
  }
  return analyze(image, { toolVersion: VERSION, ...baseImage2 ? { baseImage: baseImage2 } : {} });
}
function baseFromBaseline(baseline, image) {
  const n = baseline?.baseImage.layerCount ?? null;
  if (!baseline || n === null || n === 0 || n > image.layers.length) return void 0;
  const diffIds = baseline.layers.slice(0, n).map((l) => l.diffId);
  if (diffIds.length !== n || diffIds.some((d, i) => image.layers[i].diffId !== d)) return void 0;
  return {
    source: "baseline",
    ...baseline.baseImage.name ? { name: baseline.baseImage.name } : {},
    ...baseline.baseImage.digest ? { digest: baseline.baseImage.digest } : {},
    diffIds
  };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size2);
        } else if (code2 === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/render/chart.ts
function mermaidLabel(s) {
  return s.replace(/[^A-Za-z0-9 ().:/-]/g, "_").slice(0, 20);
}
var UNITS2 = [
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "kB"],
  [1, "B"]
];
function renderLayerChart(report, diff, options = {}) {
  const max = options.maxLayers ?? 60;
  let bars = diff ? diff.layers.map((l) => ({ label: l.headIndex !== null ? String(l.headIndex) : `(${l.baseIndex})`, base: l.baseBytes ?? 0, now: l.headBytes ?? 0 })) : report.layers.map((l) => ({ label: String(l.index), base: 0, now: l.contentBytes }));
  if (bars.length === 0) return null;
  const total = bars.length;
  if (bars.length > max) {
    const keep = new Set([...bars].sort((a, b) => Math.max(b.base, b.now) - Math.max(a.base, a.now)).slice(0, max));
    bars = bars.filter((b) => keep.has(b));
  }
  const top = Math.max(...bars.map((b) => Math.max(b.base, b.now)));
  const [div, unit] = UNITS2.find(([d]) => top >= d) ?? [1, "B"];
  const num = (n) => String(Math.round(n / div * 10) / 10);
  const which = total > bars.length ? `, the ${bars.length} largest of ${total} layers` : "";
  const lines = [
    "```mermaid",
    "xychart-beta",
    `    title "Layer sizes in ${unit}${diff ? ": bars now, line baseline" : ""}${which}"`,
    `    x-axis "layer" [${bars.map((b) => `"${mermaidLabel(b.label)}"`).join(", ")}]`,
    `    y-axis "${unit}"`,
    `    bar [${bars.map((b) => num(b.now)).join(", ")}]`
  ];
  if (diff) lines.push(`    line [${bars.map((b) => num(b.base)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}

// src/render/marker.ts
var MARKER_KEY_MAX = 100;
function markerKey(key) {
  const clean = key.replace(/[^A-Za-z0-9._-]/g, "_").replace(/-{2,}/g, "-").slice(0, MARKER_KEY_MAX);
  return clean === "" ? "_" : clean;
}
function commentMarker(key) {
  return `<!-- layer-budget:${markerKey(key)} -->`;
}
function breakMarkers(s) {
  return s.replace(/<!--/g, "<\u200B!--").replace(/-->/g, "--\u200B>");
}

// src/render/escape.ts
var DEFAULT_MAX_LENGTH = 200;
var visibleControls = escapeControls;
function truncateMiddle(s, max) {
  if (s.length <= max) return s;
  let count = 0;
  for (const _ of s) if (++count > max) break;
  if (count <= max) return s;
  if (max <= 1) return "\u2026";
  const headN = Math.ceil((max - 1) / 2);
  const tailN = max - 1 - headN;
  let i = 0;
  for (let k = 0; k < headN; k++) i += (s.codePointAt(i) ?? 0) > 65535 ? 2 : 1;
  let j = s.length;
  for (let k = 0; k < tailN; k++) {
    const low = s.charCodeAt(j - 1);
    j -= low >= 56320 && low <= 57343 && j >= 2 ? 2 : 1;
  }
  return `${s.slice(0, i)}\u2026${s.slice(j)}`;
}
function escapeMarkdown(s, options = {}) {
  const short = truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
  return short.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\|`*_[\]~]/g, (c) => `\\${c}`).replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B");
}
function escapeCode(s, options = {}) {
  let text = truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (text === "") return "(empty)";
  if (options.inTable ?? true) text = text.replace(/\|/g, "\\|");
  text = breakMarkers(text);
  const runs = text.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function escapeTerminal(s, options = {}) {
  return truncateMiddle(visibleControls(s), options.maxLength ?? DEFAULT_MAX_LENGTH);
}

// src/render/limit.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1048576;
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function sizeOf(s, unit) {
  return unit === "chars" ? s.length : utf8Length(s);
}
function cutNote(unit) {
  return unit === "chars" ? "\n\n_The comment was cut at GitHub's 65,536-character limit; the full report is in the job summary and the report artifact._\n" : "\n\n_The summary was cut at the 1 MiB limit; the full report is in the report artifact._\n";
}
function capMarkdown(text, options = {}) {
  const unit = options.unit ?? "chars";
  const limit = options.limit ?? (unit === "chars" ? COMMENT_LIMIT : SUMMARY_LIMIT);
  if (sizeOf(text, unit) <= limit) return text;
  const note = cutNote(unit);
  const closers = (cut) => {
    let tail = (cut.match(/^```/gm) ?? []).length % 2 === 1 ? "\n```" : "";
    const open4 = (cut.match(/<details[\s>]/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    for (let i = 0; i < open4; i++) tail += "\n</details>";
    return tail;
  };
  let budget = Math.max(0, limit - sizeOf(note, unit) - 16);
  for (; ; ) {
    let cut = text.slice(0, budget);
    while (sizeOf(cut, unit) > budget) cut = cut.slice(0, Math.floor(cut.length * 0.95));
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 55296 && last <= 56319) cut = cut.slice(0, -1);
    const nl = cut.lastIndexOf("\n");
    if (nl > cut.length / 2) cut = cut.slice(0, nl);
    const out = `${cut}${closers(cut)}${note}`;
    if (sizeOf(out, unit) <= limit || budget === 0) return sizeOf(out, unit) <= limit ? out : note.trim().slice(0, limit);
    budget = Math.max(0, budget - (sizeOf(out, unit) - limit) - 16);
  }
}

// src/render/view.ts
function plural2(n, word, many = `${word}s`) {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}
var KIND_TEXT = {
  compressed: "compressed",
  "uncompressed-tar": "stored as uncompressed tars",
  mixed: "stored (partly uncompressed)"
};
var SEVERITY_RANK2 = { error: 0, warning: 1, info: 2 };
var STATUS_RANK = { fail: 0, warn: 1, pass: 2 };
function compareHints(a, b) {
  return SEVERITY_RANK2[a.severity] - SEVERITY_RANK2[b.severity] || b.savingsBytes - a.savingsBytes;
}
function rankHints2(hints) {
  return [...hints].sort(compareHints);
}
function worstStatus(verdicts) {
  return verdicts.reduce((w, v) => STATUS_RANK[v.status] < STATUS_RANK[w] ? v.status : w, "pass");
}
function savingsOf(hints) {
  const independent = hints.reduce((s, h) => s + (h.overlaps ? 0 : h.savingsBytes), 0);
  return Math.max(independent, ...hints.map((h) => h.savingsBytes), 0);
}
function hintsView(hints, top = Infinity) {
  const ranked = rankHints2(hints);
  const errors = ranked.filter((h) => h.severity === "error").length;
  const shown = ranked.slice(0, Math.max(top, errors));
  return { ranked, shown, more: ranked.length - shown.length, savings: formatBytes(savingsOf(ranked)) };
}
function listView(items, top = Infinity, omitted = 0) {
  const shown = items.slice(0, top);
  return { shown, more: items.length - shown.length + omitted };
}
function instructionOf(l) {
  return l.normalizedInstruction || l.instruction;
}
function imageName(r) {
  return r.image.names[0] ?? r.image.reference;
}
function bytesOrDash(n) {
  return n === null ? "\u2014" : formatBytes(n);
}
function signedCount(n) {
  return n === 0 ? "" : ` (${n > 0 ? "+" : "\u2212"}${Math.abs(n)})`;
}
function totalsView(r) {
  const t2 = r.totals;
  return {
    total: formatBytes(t2.totalBytes),
    compressed: formatBytes(t2.compressedBytes),
    compressedKind: KIND_TEXT[t2.compressedKind],
    wasted: formatBytes(t2.wastedBytes),
    wastedPercent: `${(t2.totalBytes === 0 ? 0 : t2.wastedBytes / t2.totalBytes * 100).toFixed(1)}%`,
    efficiency: formatRatio(t2.efficiency),
    layers: plural2(t2.layerCount, "layer"),
    files: plural2(t2.fileCount, "file")
  };
}
function growthView(d) {
  const t2 = d.totals;
  return {
    totalBase: formatBytes(t2.totalBytes.base),
    totalHead: formatBytes(t2.totalBytes.head),
    totalDelta: formatDelta(t2.totalBytes.delta),
    totalPercent: formatPercentDelta(t2.totalBytes.base, t2.totalBytes.head),
    compressedDelta: formatDelta(t2.compressedBytes.delta),
    wastedDelta: formatDelta(t2.wastedBytes.delta),
    layerCount: String(t2.layerCount.head),
    layerCountDelta: signedCount(t2.layerCount.delta),
    counts: d.counts
  };
}
function layerView(l) {
  return {
    index: l.index,
    instruction: instructionOf(l),
    contentBytes: l.contentBytes,
    size: formatBytes(l.contentBytes),
    compressed: formatBytes(l.compressedBytes),
    wasted: l.wastedBytes > 0 ? formatBytes(l.wastedBytes) : "\u2014",
    hiddenBy: l.hiddenBy.map((h) => `#${h.layer}`).join(" ")
  };
}
function deltaText(delta, base) {
  return `${formatDelta(delta)} (${base === null ? "new" : formatPercentDelta(base, base + delta)})`;
}
function layerDeltaView(l) {
  const index = l.headIndex === null ? `(${l.baseIndex})` : l.baseIndex !== null && l.baseIndex !== l.headIndex ? `${l.headIndex} (was ${l.baseIndex})` : String(l.headIndex);
  return {
    status: l.status,
    index,
    instruction: instructionOf(l),
    deltaBytes: l.deltaBytes,
    headBytes: l.headBytes,
    base: bytesOrDash(l.baseBytes),
    now: bytesOrDash(l.headBytes),
    delta: deltaText(l.deltaBytes, l.baseBytes)
  };
}
function directoryDeltaView(x) {
  return {
    path: x.path,
    base: bytesOrDash(x.baseBytes),
    now: bytesOrDash(x.headBytes),
    delta: `${x.uncertain ? "\u2248" : ""}${formatDelta(x.deltaBytes)}`,
    percent: x.baseBytes === null ? "new" : formatPercentDelta(x.baseBytes, x.baseBytes + x.deltaBytes),
    uncertain: x.uncertain
  };
}
function buildView(input) {
  const { report } = input;
  const diff = input.diff ?? null;
  const verdicts = input.verdicts ?? [];
  const status = input.status === void 0 || input.status === "no-baseline" ? worstStatus(verdicts) : input.status;
  return {
    name: imageName(report),
    platform: report.image.platform,
    status,
    totals: totalsView(report),
    growth: diff ? growthView(diff) : null,
    layers: report.layers.map(layerView),
    layerDeltas: diff ? diff.layers.map(layerDeltaView) : [],
    growing: diff ? diff.directories.growing.map(directoryDeltaView) : [],
    shrinking: diff ? diff.directories.shrinking.map(directoryDeltaView) : [],
    verdicts: [...verdicts].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]),
    hints: hintsView(report.hints, input.topHints),
    duplicates: report.duplicates.hashed ? `${formatBytes(report.duplicates.reclaimableBytes)} reclaimable in ${plural2(report.duplicates.groupCount, "group")}` : null,
    wasteByCause: WASTE_CAUSES.filter((c) => (report.waste.byCause[c] ?? 0) > 0).map((c) => ({ cause: c, text: CAUSE_TEXT[c], size: formatBytes(report.waste.byCause[c]) }))
  };
}

// src/render/markdown.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var LAYER_ICON = { changed: "\u270F\uFE0F changed", added: "\u2795 added", removed: "\u2796 removed", unchanged: "unchanged" };
function code(s, max, inTable = true) {
  return s === "" ? "*(unknown)*" : escapeCode(s, { maxLength: max, inTable });
}
function shortSha(sha) {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeCode(sha, { maxLength: 12, inTable: false });
}
function headline({ input, view, mode }) {
  const { status, totals: t2, growth: g } = view;
  const name = escapeCode(view.name, { maxLength: 80, inTable: false });
  const lines = [];
  if (mode === "diff") lines.push(`### layer-budget diff: ${name}`);
  else {
    const verdict = status === "fail" ? "is over budget" : status === "warn" ? input.waived && input.verdicts.some((v) => v.waived) ? "is over budget, waived" : "passes with warnings" : input.verdicts.length === 0 ? "analyzed" : "is within budget";
    lines.push(`### ${ICON[status]} ${name} ${verdict}`);
  }
  lines.push("");
  let size2 = `**${t2.total}** uncompressed`;
  if (g) {
    const sha = input.baseline?.commitSha ? ` vs ${shortSha(input.baseline.commitSha)}` : " vs the baseline";
    const ref = input.baseline?.ref ? ` on ${escapeCode(input.baseline.ref.replace(/^refs\/heads\//, ""), { maxLength: 60, inTable: false })}` : "";
    size2 += ` (**${g.totalDelta}**, ${g.totalPercent}${sha}${ref})`;
  }
  const parts = [
    size2,
    `${t2.compressed}${g ? ` (${g.compressedDelta})` : ""} ${t2.compressedKind}`,
    `${t2.wasted}${g ? ` (${g.wastedDelta})` : ""} wasted (${t2.wastedPercent}, efficiency ${t2.efficiency})`,
    `${t2.layers}${g ? g.layerCountDelta : ""}`
  ];
  lines.push(parts.join(" \xB7 "));
  if (input.waived && mode !== "diff") {
    const label = input.waiverLabel ? ` ${escapeCode(input.waiverLabel, { maxLength: 60, inTable: false })}` : "";
    lines.push("", `> [!NOTE]
> The waiver label${label} is on this pull request: failing budgets are reported as warnings.`);
  }
  if (!g && mode !== "diff") {
    lines.push("", `> ${escapeMarkdown(input.baselineNote ?? "No baseline report was found for this image, so only absolute budgets were applied; growth budgets were not evaluated.", { maxLength: 300 })}`);
  }
  return lines.join("\n");
}
function richText(s, max) {
  const text = s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
  return text.split(/(`[^`\n]+`)/).map((part, i) => i % 2 === 1 ? escapeCode(part.slice(1, -1), { maxLength: max, inTable: false }) : escapeMarkdown(part, { maxLength: max })).join("");
}
function table(rows, align) {
  return markdownTable(rows, { alignDelimiters: false, align });
}
function keepLargest(rows, n, weight) {
  if (n === null || rows.length <= n) return { rows, omitted: 0 };
  const keep = new Set([...rows].sort((a, b) => weight(b) - weight(a)).slice(0, n));
  return { rows: rows.filter((r) => keep.has(r)), omitted: rows.length - keep.size };
}
function layerRow(l, max) {
  return [LAYER_ICON[l.status], l.index, code(l.instruction, max), l.base, l.now, l.delta];
}
function layersSection({ input, view, mode }, dg) {
  const max = mode === "comment" ? 80 : 200;
  const out = ["#### Layers", ""];
  if (!view.growth) {
    const { rows: rows2, omitted: omitted2 } = keepLargest(view.layers, dg.layerRows, (l) => l.contentBytes);
    out.push(table([["#", "Instruction", "Size", "Compressed", "Wasted"], ...rows2.map((l) => [String(l.index), code(l.instruction, max), l.size, l.compressed, l.wasted])], ["r", "l", "r", "r", "r"]));
    if (omitted2 > 0) out.push("", `*${plural2(omitted2, "smaller layer")} not shown.*`);
    return out.join("\n");
  }
  const collapse = input.collapseUnchanged ?? mode === "comment";
  const shown = view.layerDeltas.filter((l) => l.status !== "unchanged" || !collapse);
  const unchanged = view.layerDeltas.filter((l) => l.status === "unchanged");
  const { rows, omitted } = keepLargest(shown, dg.layerRows, (l) => Math.abs(l.deltaBytes));
  if (rows.length > 0) out.push(table([["", "#", "Instruction", "Baseline", "Now", "\u0394"], ...rows.map((l) => layerRow(l, max))], ["l", "r", "l", "r", "r", "r"]));
  else if (shown.length === 0) out.push("No layer changed.");
  if (omitted > 0) out.push("", `*${plural2(omitted, "more changed layer")} with smaller \u0394 not shown.*`);
  if (collapse && unchanged.length > 0) {
    const bytes = unchanged.reduce((s, l) => s + (l.headBytes ?? 0), 0);
    const summary = `${plural2(unchanged.length, "unchanged layer")} (${formatBytes(bytes)})`;
    if (dg.unchanged) {
      const t2 = table([["#", "Instruction", "Size"], ...unchanged.map((l) => [l.index, code(l.instruction, max), l.now])], ["r", "l", "r"]);
      out.push("", `<details><summary>${summary}</summary>`, "", t2, "", "</details>");
    } else out.push("", `*${summary} not shown.*`);
  }
  return out.join("\n");
}
function dirsSection({ input, view, mode }, dg) {
  const d = input.diff?.directories;
  if (!d || view.growing.length === 0 && view.shrinking.length === 0) return null;
  const top = Math.min(input.topDirectories ?? (mode === "comment" ? 10 : Infinity), dg.dirs);
  const head = view.growing.length === 0 ? "#### Where it shrank" : view.shrinking.length === 0 ? "#### Where it grew" : "#### Where it grew and shrank";
  if (top === 0) return `${head}

*${d.growing.length + d.growingOmitted} directories grew and ${d.shrinking.length + d.shrinkingOmitted} shrank; not shown.*`;
  const grow2 = view.growing.slice(0, top);
  const shrink = view.shrinking.slice(0, top);
  const row = (x) => [code(x.path, mode === "comment" ? 120 : 300), x.base, x.now, `${x.delta} (${x.percent})`];
  const out = [head, "", table([["Directory", "Baseline", "Now", "\u0394"], ...[...grow2, ...shrink].map(row)], ["l", "r", "r", "r"])];
  const more = d.growing.length - grow2.length + d.growingOmitted + (d.shrinking.length - shrink.length) + d.shrinkingOmitted;
  const notes = [];
  if (more > 0) notes.push(`${more} more not shown.`);
  if ([...grow2, ...shrink].some((x) => x.uncertain)) notes.push("\u2248: the directory is missing from a capped directory list on one side, so the change may be smaller.");
  if (d.indeterminate > 0) notes.push(`${d.indeterminate} small ${d.indeterminate === 1 ? "directory" : "directories"} missing from a capped list could not be compared.`);
  notes.push(`Directory sizes are visible bytes, aggregated to depth ${d.depth}.`);
  out.push("", `*${notes.join(" ")}*`);
  return out.join("\n");
}
function budgetsSection({ view, mode }, dg) {
  if (mode === "diff") return null;
  const out = ["#### Budgets", ""];
  if (view.verdicts.length === 0) {
    out.push("No budgets are configured. Add `.github/layer-budget.yml` to set them.");
    return out.join("\n");
  }
  const passed = view.verdicts.filter((v) => v.status === "pass").length;
  const list = dg.budgetsFailingOnly ? view.verdicts.filter((v) => v.status !== "pass") : view.verdicts;
  if (list.length > 0) {
    out.push(table([["", "Rule", "Result"], ...list.map((v) => [`${ICON[v.status]}${v.waived ? " waived" : ""}`, code(v.rule, 100), escapeMarkdown(v.message, { maxLength: 300 })])], ["l", "l", "l"]));
  }
  if (dg.budgetsFailingOnly && passed > 0) out.push("", `*${plural2(passed, "passing budget")} not shown.*`);
  return out.join("\n");
}
function hintItem(h, i, evidenceMax, full) {
  const where = h.layer !== null ? ` \xB7 layer ${h.layer}${h.instruction ? ` ${code(h.instruction, 60, false)}` : ""}` : "";
  const lines = [`${i + 1}. **${escapeMarkdown(h.title, { maxLength: 200 })}**: saves ${h.overlaps ? "up to " : ""}${formatBytes(h.savingsBytes)}${where} \xB7 ${code(h.rule, 60, false)} (${h.severity})`];
  if (!full) return lines[0];
  if (h.advice) lines.push(`   ${richText(h.advice, 600)}`);
  for (const e2 of h.evidence.slice(0, evidenceMax)) lines.push(`   - ${code(e2.path, 120, false)} ${formatBytes(e2.sizeBytes)}${e2.layer !== null ? ` (layer ${e2.layer})` : ""}`);
  if (h.evidence.length > evidenceMax) lines.push(`   - and ${h.evidence.length - evidenceMax} more`);
  return lines.join("\n");
}
function hintsSection({ view, mode }, dg) {
  const hv = view.hints;
  const n = hv.ranked.length;
  if (n === 0) return null;
  const errors = hv.ranked.filter((h) => h.severity === "error").length;
  const summary = `\u{1F4A1} ${plural2(n, "hint")}${errors > 0 ? ` (${plural2(errors, "error")})` : ""}: up to ${hv.savings} could be saved`;
  if (!dg.hints) {
    const errs = hv.shown.filter((h) => h.severity === "error").map((h, i) => hintItem(h, i, 0, false));
    return [`*${summary}; see the job summary.*`, ...errs.length > 0 ? ["", ...errs] : []].join("\n");
  }
  const evidenceMax = mode === "comment" ? 3 : 10;
  const items = hv.shown.map((h, i) => hintItem(h, i, evidenceMax, true));
  if (hv.more > 0) items.push(`
*${hv.more} more in the job summary.*`);
  const body = items.join("\n");
  return mode === "comment" ? `<details${errors > 0 ? " open" : ""}><summary>${summary}</summary>

${body}

</details>` : `#### Hints

${summary}

${body}`;
}
function chartSection({ input, mode }, dg) {
  if (!dg.chart || input.chart === false) return null;
  const chart = renderLayerChart(input.report, input.diff);
  if (!chart) return null;
  return mode === "comment" ? `<details><summary>\u{1F4CA} Layer sizes</summary>

${chart}

</details>` : `#### Layer sizes

${chart}`;
}
function extrasSection({ input, view, mode }, dg) {
  if (mode === "comment" || !dg.extras) return null;
  const r = input.report;
  const out = [];
  if (view.wasteByCause.length > 0) {
    out.push("#### Waste by cause", "", table([["Cause", "Bytes"], ...view.wasteByCause.map((c) => [c.text, c.size])], ["l", "r"]));
  }
  const more = (n, what = "") => n > 0 ? ["", `*${formatCount(n)} more${what} not listed.*`] : [];
  if (r.waste.topPaths.length > 0) {
    const list = listView(r.waste.topPaths, Infinity, r.waste.topPathsOmitted);
    const rows = list.shown.map((p) => [code(p.path, 200), formatBytes(p.sizeBytes), p.cause, String(p.layer), String(p.hiddenBy)]);
    out.push("", "#### Top wasted paths", "", table([["Path", "Size", "Cause", "Layer", "Hidden by"], ...rows], ["l", "r", "l", "r", "r"]), ...more(list.more));
  }
  if (r.duplicates.groups.length > 0) {
    const list = listView(r.duplicates.groups, Infinity, r.duplicates.groupsOmitted);
    const rows = list.shown.map((g) => [g.paths.slice(0, 3).map((p) => code(p, 120)).join("<br>") + (g.paths.length > 3 ? `<br>and ${g.paths.length - 3} more` : ""), String(g.paths.length), formatBytes(g.sizeBytes), formatBytes(g.reclaimableBytes)]);
    out.push("", "#### Duplicate files", "", `${view.duplicates} of identical files.`, "", table([["Paths", "Copies", "Size", "Reclaimable"], ...rows], ["l", "r", "r", "r"]), ...more(list.more, " groups"));
  }
  if (r.waste.deletedPaths.length > 0) {
    const list = listView(r.waste.deletedPaths, Infinity, r.waste.deletedPathsOmitted);
    const rows = list.shown.map((p) => [code(p.path, 200), p.kind, formatBytes(p.sizeBytes), String(p.layer)]);
    out.push("", "#### Deleted paths still shipped", "", table([["Path", "Kind", "Size", "Deleted in layer"], ...rows], ["l", "l", "r", "r"]), ...more(list.more));
  }
  return out.length > 0 ? out.join("\n") : null;
}
function linkTarget(url) {
  return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function footer({ input, mode }, dg) {
  const lines = [];
  if (dg.cut.length > 0) {
    const where = input.summaryUrl ? `the [job summary](${linkTarget(input.summaryUrl)})` : "the job summary";
    const limit = mode === "comment" ? "GitHub's 65,536-character comment limit" : "the size limit";
    const cut = dg.cut.filter((c) => !(c === "some directories" && dg.cut.includes("the directories")));
    const list = cut.length > 1 ? `${cut.slice(0, -1).join(", ")} and ${cut[cut.length - 1]}` : cut[0];
    lines.push(`> [!NOTE]
> Shortened to fit ${limit}: left out ${list}. ${mode === "comment" ? `See ${where} for everything.` : ""}`.trimEnd());
  }
  const r = input.report;
  const summary = mode === "comment" && input.summaryUrl && dg.cut.length === 0 ? ` \xB7 [job summary](${linkTarget(input.summaryUrl)})` : "";
  const explorer = input.explorerUrl ? ` \xB7 [explore the image](${linkTarget(input.explorerUrl)})` : "";
  const link = `${summary}${explorer}`;
  lines.push(`<sub>${escapeMarkdown(r.tool.name)} ${escapeMarkdown(r.tool.version, { maxLength: 40 })} \xB7 key ${escapeCode(input.key, { maxLength: 80, inTable: false })}${link}</sub>`);
  return lines.join("\n\n");
}
function assemble(ctx, dg) {
  const parts = [
    ctx.mode === "comment" ? commentMarker(ctx.input.key) : null,
    headline(ctx),
    layersSection(ctx, dg),
    dirsSection(ctx, dg),
    budgetsSection(ctx, dg),
    hintsSection(ctx, dg),
    extrasSection(ctx, dg),
    chartSection(ctx, dg),
    footer(ctx, dg)
  ];
  return `${parts.filter((p) => p !== null).join("\n\n")}
`;
}
function renderMarkdown(input, mode, maxLength) {
  const unit = mode === "comment" ? "chars" : "utf8";
  const limit = maxLength ?? (mode === "comment" ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const fits = (s) => sizeOf(s, unit) <= limit;
  const view = buildView({ report: input.report, diff: input.diff, verdicts: input.verdicts, status: input.status, topHints: input.topHints ?? (mode === "comment" ? 5 : Infinity) });
  const ctx = { input, view, mode };
  const dg = { chart: true, unchanged: true, extras: true, hints: true, dirs: Infinity, layerRows: null, budgetsFailingOnly: false, cut: [] };
  let text = assemble(ctx, dg);
  if (fits(text)) return text;
  const steps = [
    ["the chart", () => dg.chart = false],
    ["the unchanged layers", () => dg.unchanged = false],
    ["the waste details", () => dg.extras = false],
    ["the hints", () => dg.hints = false],
    ["some directories", () => dg.dirs = 5],
    ["the directories", () => dg.dirs = 0]
  ];
  for (const [what, step] of steps) {
    const before = text;
    step();
    text = assemble(ctx, dg);
    if (text === before) continue;
    dg.cut.push(what);
    text = assemble(ctx, dg);
    if (fits(text)) return text;
  }
  const rowCount = view.growth ? view.layerDeltas.length : view.layers.length;
  dg.cut.push("layer rows with the smallest changes");
  let lo = 0;
  let hi = rowCount;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    dg.layerRows = mid;
    if (fits(assemble(ctx, dg))) lo = mid;
    else hi = mid - 1;
  }
  dg.layerRows = lo;
  text = assemble(ctx, dg);
  if (fits(text)) return text;
  dg.cut.push("passing budgets");
  dg.budgetsFailingOnly = true;
  text = assemble(ctx, dg);
  return capMarkdown(text, { limit, unit });
}

// src/render/comment.ts
function renderComment(input, maxLength) {
  return renderMarkdown(input, "comment", maxLength);
}

// src/render/explorer/model.ts
var KIND = { dir: 0, file: 1, symlink: 2, other: 3, deleted: 4 };
var PathTrie = class {
  names = [];
  parent = [-1];
  seg = [-1];
  nameIds = /* @__PURE__ */ new Map();
  /** per node, its children by name id (created lazily) */
  kids = [void 0];
  /** the id of a path, created with its parents when new; `null` for `/` is 0 */
  intern(path2) {
    let node = 0;
    let start = 1;
    const n = path2.length;
    while (start <= n) {
      let end = path2.indexOf("/", start);
      if (end === -1) end = n;
      if (end > start) node = this.child(node, path2.slice(start, end));
      start = end + 1;
    }
    return node;
  }
  /** the id of a path when it is in the trie, else -1 (never creates) */
  find(path2) {
    let node = 0;
    for (const part of path2.split("/")) {
      if (part === "") continue;
      const nameId = this.nameIds.get(part);
      const next = nameId === void 0 ? void 0 : this.kids[node]?.get(nameId);
      if (next === void 0) return -1;
      node = next;
    }
    return node;
  }
  child(node, name) {
    let nameId = this.nameIds.get(name);
    if (nameId === void 0) {
      nameId = this.names.length;
      this.names.push(name);
      this.nameIds.set(name, nameId);
    }
    let kids = this.kids[node];
    if (!kids) this.kids[node] = kids = /* @__PURE__ */ new Map();
    let id17 = kids.get(nameId);
    if (id17 === void 0) {
      id17 = this.parent.length;
      this.parent.push(node);
      this.seg.push(nameId);
      this.kids.push(void 0);
      kids.set(nameId, id17);
    }
    return id17;
  }
};
function buildExplorerData(input) {
  const { report } = input;
  const trie = new PathTrie();
  const changes = [];
  for (let i = 0; i < input.layerCount; i++) changes.push({ node: [], kind: [], bytes: [] });
  const add = (layer, path2, kind, bytes) => {
    const c = changes[layer];
    if (!c) return;
    c.node.push(trie.intern(path2));
    c.kind.push(kind);
    c.bytes.push(bytes);
  };
  input.forEachWrite((layer, path2, kind, sizeBytes) => add(layer, path2, KIND[kind], kind === "file" ? sizeBytes : 0));
  input.forEachDeletion((layer, path2) => add(layer, path2, KIND.deleted, 0));
  const causeIndex = new Map(WASTE_CAUSES.map((c, i) => [c, i]));
  const wasted = { node: [], bytes: [], cause: [], layer: [], hiddenBy: [] };
  input.forEachWasted((path2, sizeBytes, cause, layer, hiddenBy) => {
    wasted.node.push(trie.intern(path2));
    wasted.bytes.push(sizeBytes);
    wasted.cause.push(causeIndex.get(cause) ?? 0);
    wasted.layer.push(layer);
    wasted.hiddenBy.push(hiddenBy);
  });
  const t2 = report.totals;
  const headline2 = [
    { label: "total", value: formatBytes(t2.totalBytes) },
    { label: t2.compressedKind === "uncompressed-tar" ? "tar size" : "compressed", value: formatBytes(t2.compressedBytes) },
    { label: "visible", value: formatBytes(t2.visibleBytes) },
    { label: "wasted", value: formatBytes(t2.wastedBytes) },
    { label: "efficiency", value: `${(t2.efficiency * 100).toFixed(1)}%` },
    { label: "layers", value: String(t2.layerCount) },
    { label: "files", value: t2.fileCount.toLocaleString("en-US") }
  ];
  const layers = report.layers.map((l) => ({
    index: l.index,
    instruction: l.instruction,
    location: input.locationOf?.(l.index) ?? null,
    sizeBytes: l.contentBytes,
    size: formatBytes(l.contentBytes),
    compressed: formatBytes(l.compressedBytes),
    wastedBytes: l.wastedBytes,
    wasted: formatBytes(l.wastedBytes),
    hiddenBy: l.hiddenBy.map((h) => `layer ${h.layer} (${formatBytes(h.bytes)})`).join(", "),
    isBase: l.isBase
  }));
  const b = input.baseline ?? null;
  return {
    v: 1,
    title: report.image.names[0] ?? report.image.reference,
    headline: headline2,
    layers,
    baseline: b ? {
      title: `${b.image.names[0] ?? b.image.reference}${b.provenance?.commitSha ? ` @ ${b.provenance.commitSha.slice(0, 12)}` : ""}`,
      layers: b.layers.map((l) => ({ index: l.index, instruction: l.instruction, sizeBytes: l.contentBytes }))
    } : null,
    names: trie.names,
    parent: trie.parent,
    seg: trie.seg,
    changes,
    wasted,
    causes: WASTE_CAUSES.map((id17) => ({ id: id17, text: CAUSE_TEXT[id17], bytes: report.waste.byCause[id17], size: formatBytes(report.waste.byCause[id17]) })),
    duplicates: report.duplicates.groups.map((g) => ({ size: formatBytes(g.sizeBytes), reclaim: formatBytes(g.reclaimableBytes), nodes: g.paths.map((p) => trie.find(p)) })),
    hints: report.hints.map((h) => ({
      rule: h.rule,
      severity: h.severity,
      title: h.title,
      advice: h.advice,
      savings: formatBytes(h.savingsBytes),
      layer: h.layer,
      evidence: h.evidence.map((e2) => ({ node: trie.find(e2.path), path: e2.path, size: formatBytes(e2.sizeBytes) }))
    }))
  };
}
function explorerInput(analysis, report, opts2 = {}) {
  return {
    report,
    baseline: opts2.baseline ?? null,
    layerCount: analysis.layerEvents.length,
    forEachWrite(emit) {
      analysis.layerEvents.forEach((events, layer) => {
        for (const e2 of events) {
          if (e2.kind === "whiteout" || e2.kind === "opaque") continue;
          emit(layer, e2.path, e2.kind === "hardlink" ? "file" : e2.kind, e2.kind === "file" ? e2.sizeBytes : 0);
        }
      });
    },
    forEachDeletion(emit) {
      for (const d of analysis.deletions) emit(d.layer, d.path);
    },
    forEachWasted(emit) {
      for (const w of analysis.wasted) emit(w.path, w.sizeBytes, w.cause, w.layer, w.hiddenBy);
    },
    ...opts2.locationOf ? { locationOf: opts2.locationOf } : {}
  };
}

// src/render/explorer/client.ts
var CLIENT_JS = String.raw`(function () {
'use strict';
var D = JSON.parse(document.getElementById('lb-data').textContent);
var N = D.parent.length, L = D.changes.length, ROW = 20;
var parent = Int32Array.from(D.parent), seg = Int32Array.from(D.seg);
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text); return e; }
var SI = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
function fmt(b) { if (b < 1000) return Math.round(b) + ' B'; var i = 0, v = b; while (v >= 1000 && i < SI.length - 1) { v /= 1000; i++; } if (Number(v.toFixed(1)) >= 1000 && i < SI.length - 1) { v /= 1000; i++; } return v.toFixed(1) + ' ' + SI[i]; }
function nameOf(n) { return n === 0 ? '/' : D.names[seg[n]]; }
var pathCache = null;
function pathOf(n) {
  if (pathCache && pathCache[n] !== undefined) return pathCache[n];
  var parts = []; for (var m = n; m > 0; m = parent[m]) parts.push(D.names[seg[m]]);
  return '/' + parts.reverse().join('/');
}
function allPaths() {
  if (pathCache) return pathCache;
  pathCache = new Array(N); pathCache[0] = '/';
  for (var n = 1; n < N; n++) { var p = pathCache[parent[n]]; pathCache[n] = (p === '/' ? '' : p) + '/' + D.names[seg[n]]; }
  return pathCache;
}

// children in CSR form
var kidStart = new Int32Array(N + 1), kids = new Int32Array(Math.max(N - 1, 0));
(function () { var c = new Int32Array(N); for (var n = 1; n < N; n++) c[parent[n]]++; for (var i = 0; i < N; i++) kidStart[i + 1] = kidStart[i] + c[i]; var fill = kidStart.slice(0, N); for (var n2 = 1; n2 < N; n2++) kids[fill[parent[n2]]++] = n2; })();

// view state, replayed for the selected layer
var present = new Uint8Array(N), since = new Int32Array(N), fsize = new Float64Array(N), kind = new Uint8Array(N), removedBy = new Int32Array(N), op = new Uint8Array(N);
var agg = new Float64Array(N), cnt = new Int32Array(N), ghost = new Float64Array(N), changedBelow = new Uint8Array(N);
var view = { layer: L - 1, onlyChanges: false, showDeleted: true, sort: 'size' };
var expanded = new Uint8Array(N); expanded[0] = 1;
var selected = 0, rows = [], sortedKids = new Map();

function removeSubtree(root, layer) {
  var stack = [root];
  while (stack.length) {
    var n = stack.pop();
    if (present[n] && since[n] < layer) { present[n] = 0; removedBy[n] = layer; }
    for (var i = kidStart[n]; i < kidStart[n + 1]; i++) stack.push(kids[i]);
  }
}
function replay(upto) {
  present.fill(0); since.fill(-1); fsize.fill(0); kind.fill(0); removedBy.fill(-1); op.fill(0);
  present[0] = 1;
  for (var l = 0; l <= upto; l++) {
    var c = D.changes[l], i;
    var mark = l === upto;
    if (mark) for (i = 0; i < c.node.length; i++) if (c.kind[i] !== 4) { var w = c.node[i]; op[w] = present[w] ? 2 : 1; }
    for (i = 0; i < c.node.length; i++) if (c.kind[i] === 4) { removeSubtree(c.node[i], l); if (mark && !op[c.node[i]]) op[c.node[i]] = 3; }
    for (i = 0; i < c.node.length; i++) {
      if (c.kind[i] === 4) continue;
      var n = c.node[i];
      present[n] = 1; since[n] = l; fsize[n] = c.bytes[i]; kind[n] = c.kind[i]; removedBy[n] = -1;
      for (var p = parent[n]; p > 0 && !present[p]; p = parent[p]) { present[p] = 1; since[p] = l; kind[p] = 0; removedBy[p] = -1; if (mark && !op[p]) op[p] = 1; }
    }
  }
  agg.fill(0); cnt.fill(0); ghost.fill(0); changedBelow.fill(0);
  for (var m = N - 1; m >= 0; m--) {
    if (present[m] && kind[m] === 1) { agg[m] += fsize[m]; cnt[m] += 1; }
    else if (!present[m] && removedBy[m] >= 0 && kind[m] === 1) ghost[m] += fsize[m];
    if (op[m]) changedBelow[m] = 1;
    if (m > 0) { var q = parent[m]; if (present[m]) { agg[q] += agg[m]; cnt[q] += cnt[m]; } ghost[q] += ghost[m]; if (changedBelow[m]) changedBelow[q] = 1; }
  }
  sortedKids = new Map();
}
function shown(n) {
  if (!present[n] && !(view.showDeleted && removedBy[n] >= 0)) return false;
  if (view.onlyChanges && !changedBelow[n]) return false;
  return true;
}
function childrenOf(n) {
  var s = sortedKids.get(n); if (s) return s;
  s = [];
  for (var i = kidStart[n]; i < kidStart[n + 1]; i++) if (shown(kids[i])) s.push(kids[i]);
  if (view.sort === 'name') s.sort(function (a, b) { var x = D.names[seg[a]], y = D.names[seg[b]]; return x < y ? -1 : x > y ? 1 : 0; });
  else s.sort(function (a, b) { return (agg[b] + ghost[b]) - (agg[a] + ghost[a]) || a - b; });
  sortedKids.set(n, s); return s;
}
function isDir(n) { return n === 0 || kind[n] === 0; }
function hasKids(n) { return kidStart[n + 1] > kidStart[n]; }
function buildRows() {
  rows = [];
  var stack = [[0, 0]];
  while (stack.length) {
    var top = stack.pop(), n = top[0], d = top[1];
    rows.push(n); rowDepth.set(n, d);
    if (expanded[n] && hasKids(n)) { var ks = childrenOf(n); for (var i = ks.length - 1; i >= 0; i--) stack.push([ks[i], d + 1]); }
  }
  if (rows.indexOf(selected) < 0) selected = 0;
  $('tree-spacer').style.height = (rows.length * ROW) + 'px';
  drawRows(true);
}
var rowDepth = new Map(), pool = [];
function drawRows(force) {
  var tree = $('tree'), top = tree.scrollTop, h = tree.clientHeight || 600;
  var first = Math.max(0, Math.floor(top / ROW) - 5), last = Math.min(rows.length, Math.ceil((top + h) / ROW) + 5);
  var need = last - first;
  while (pool.length < need) { var r = el('div', 'row'); r.appendChild(el('span', 'name')); r.appendChild(el('span', 'size')); r.appendChild(el('span', 'count')); r.appendChild(el('span', 'note')); tree.appendChild(r); pool.push(r); }
  for (var i = 0; i < pool.length; i++) {
    var row = pool[i];
    if (i >= need) { row.style.display = 'none'; continue; }
    var idx = first + i, n = rows[idx];
    row.style.display = ''; row.style.top = (idx * ROW) + 'px'; row.dataset.node = String(n);
    var gone = !present[n];
    var cls = 'row' + (n === selected ? ' selected' : '') + (gone ? ' gone' : op[n] === 1 ? ' added' : op[n] === 2 ? ' modified' : '');
    row.className = cls;
    row.setAttribute('role', 'treeitem'); row.setAttribute('aria-selected', n === selected ? 'true' : 'false');
    var nameEl = row.childNodes[0]; nameEl.textContent = '';
    nameEl.style.paddingLeft = (rowDepth.get(n) * 14) + 'px';
    var tog = el('span', 'tog', isDir(n) && hasKids(n) ? (expanded[n] ? '\u25be' : '\u25b8') : ''); nameEl.appendChild(tog);
    nameEl.appendChild(document.createTextNode(nameOf(n) + (isDir(n) && n !== 0 ? '/' : '') + (kind[n] === 2 ? ' \u2192 link' : '')));
    if (op[n]) { var b = el('span', 'badge ' + ' AMD'.charAt(op[n]), ' AMD'.charAt(op[n])); b.style.marginLeft = '6px'; nameEl.appendChild(b); }
    row.childNodes[1].textContent = fmt(gone ? ghost[n] : agg[n]);
    row.childNodes[2].textContent = isDir(n) ? cnt[n].toLocaleString('en-US') : '';
    row.childNodes[3].textContent = gone ? 'deleted by layer ' + removedBy[n] : op[n] === 1 ? 'added in layer ' + view.layer : op[n] === 2 ? 'modified in layer ' + view.layer : since[n] >= 0 && n !== 0 ? 'from layer ' + since[n] : '';
  }
}
function toggle(n, open) { if (!hasKids(n)) return; expanded[n] = open === undefined ? (expanded[n] ? 0 : 1) : (open ? 1 : 0); buildRows(); }
function select(n, scroll) {
  selected = n;
  if (scroll) { var i = rows.indexOf(n), tree = $('tree'); if (i >= 0 && (i * ROW < tree.scrollTop || (i + 1) * ROW > tree.scrollTop + tree.clientHeight)) tree.scrollTop = Math.max(0, i * ROW - tree.clientHeight / 2); }
  drawRows(true);
}
function reveal(n, layer) {
  if (n < 0) return;
  if (layer !== undefined && layer !== null && layer !== view.layer) setLayer(layer);
  if (!present[n] && !(removedBy[n] >= 0)) { setLayer(L - 1); }
  if (!view.showDeleted && !present[n]) { view.showDeleted = true; $('show-deleted').checked = true; replay(view.layer); }
  if (view.onlyChanges && !changedBelow[n]) { view.onlyChanges = false; $('only-changes').checked = false; sortedKids = new Map(); }
  for (var p = parent[n]; p >= 0; p = parent[p]) expanded[p] = 1;
  showTab('tree'); buildRows(); select(n, true); $('tree').focus();
}

// layer list
function setLayer(l) {
  view.layer = l; replay(l);
  var trs = $('layers').tBodies[0].rows;
  for (var i = 0; i < trs.length; i++) trs[i].classList.toggle('selected', Number(trs[i].dataset.layer) === l);
  $('view-label').textContent = l === L - 1 ? 'final image (as of layer ' + l + ')' : 'as of layer ' + l + '; its changes are marked';
  buildRows();
}
function drawLayers() {
  var body = $('layers').tBodies[0];
  D.layers.forEach(function (r) {
    var tr = document.createElement('tr'); tr.dataset.layer = String(r.index);
    tr.appendChild(el('td', '', r.index + (r.isBase ? ' (base)' : '')));
    var td = el('td', '', r.instruction); td.title = r.instruction;
    if (r.location) td.appendChild(el('span', 'loc', r.location));
    tr.appendChild(td);
    tr.appendChild(el('td', '', r.size)); tr.appendChild(el('td', '', r.compressed)); tr.appendChild(el('td', '', r.wasted)); tr.appendChild(el('td', '', r.hiddenBy));
    tr.addEventListener('click', function () { setLayer(r.index); showTab('tree'); });
    body.appendChild(tr);
  });
}

// tabs
function showTab(name) {
  var bs = document.querySelectorAll('#tabs button');
  for (var i = 0; i < bs.length; i++) bs[i].setAttribute('aria-selected', bs[i].dataset.tab === name ? 'true' : 'false');
  ['tree', 'waste', 'dups', 'hints', 'map', 'bars'].forEach(function (t) { $('panel-' + t).hidden = t !== name; });
  if (name === 'tree') drawRows(true);
  if (name === 'map') drawMap();
}

// search: substring, or a glob where * matches any run of characters and ? one character
function globMatch(p, s) {
  var i = 0, j = 0, star = -1, mark = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) { i++; j++; }
    else if (i < p.length && p[i] === '*') { star = i++; mark = j; }
    else if (star >= 0) { i = star + 1; j = ++mark; }
    else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
function search(q) {
  var box = $('results'); box.textContent = '';
  if (!q) { box.hidden = true; return []; }
  var paths = allPaths(), out = [], glob = /[*?]/.test(q), lq = q.toLowerCase();
  var pat = glob ? (q.charAt(0) === '/' ? q : '*' + q).replace(/\*+/g, '*') : '';
  for (var n = 1; n < N && out.length < 1000; n++) {
    if (!present[n] && removedBy[n] < 0) continue;
    var p = paths[n];
    if (glob ? globMatch(pat, p) : p.toLowerCase().indexOf(lq) >= 0) out.push(n);
  }
  box.hidden = false;
  box.appendChild(el('div', 'more', out.length >= 1000 ? 'first 1000 matches' : out.length + ' match' + (out.length === 1 ? '' : 'es')));
  out.slice(0, 300).forEach(function (n) { var d = el('div', '', paths[n] + (present[n] ? '' : '  (deleted)')); d.dataset.node = String(n); d.addEventListener('click', function () { reveal(n); }); box.appendChild(d); });
  return out;
}

// waste, duplicates, hints
function drawWaste() {
  var panel = $('panel-waste'), W = D.wasted, byCause = D.causes.map(function () { return []; });
  for (var i = 0; i < W.node.length; i++) byCause[W.cause[i]].push(i);
  D.causes.forEach(function (c, ci) {
    var box = el('div', 'cause'); box.appendChild(el('h3', '', c.text + ': ' + c.size));
    var list = byCause[ci].sort(function (a, b) { return W.bytes[b] - W.bytes[a]; });
    list.slice(0, 400).forEach(function (i) {
      var it = el('div', 'item waste-item'); it.dataset.node = String(W.node[i]);
      it.appendChild(el('span', 'p', pathOf(W.node[i]))); it.appendChild(el('span', 's', fmt(W.bytes[i])));
      it.appendChild(el('span', 'l', 'in layer ' + W.layer[i] + ', hidden by layer ' + W.hiddenBy[i]));
      it.addEventListener('click', function () { reveal(W.node[i], W.layer[i]); });
      box.appendChild(it);
    });
    if (list.length > 400) box.appendChild(el('div', 'more', (list.length - 400) + ' more'));
    if (list.length === 0) box.appendChild(el('div', 'more', 'none'));
    panel.appendChild(box);
  });
}
function drawDups() {
  var panel = $('panel-dups');
  if (!D.duplicates.length) { panel.appendChild(el('p', 'more', 'No duplicate files (or the image was analyzed with --no-hash).')); return; }
  D.duplicates.forEach(function (g) {
    var box = el('div', 'cause'); box.appendChild(el('h3', '', g.nodes.length + ' copies of ' + g.size + ' (' + g.reclaim + ' reclaimable)'));
    g.nodes.forEach(function (n) { if (n < 0) return; var it = el('div', 'item'); it.appendChild(el('span', 'p', pathOf(n))); it.addEventListener('click', function () { reveal(n); }); box.appendChild(it); });
    panel.appendChild(box);
  });
}
function drawHints() {
  var panel = $('panel-hints');
  if (!D.hints.length) { panel.appendChild(el('p', 'more', 'No hints.')); return; }
  D.hints.forEach(function (h) {
    var box = el('div', 'hint'); var t = el('div'); t.appendChild(el('span', 'sev ' + h.severity, h.severity)); t.appendChild(el('b', '', h.title)); t.appendChild(el('span', 'more', ' saves ' + h.savings + ' \u00b7 ' + h.rule)); box.appendChild(t);
    box.appendChild(el('div', 'advice', h.advice));
    h.evidence.forEach(function (e) {
      var it = el('div', 'item'); var p = el(e.node >= 0 ? 'a' : 'span', e.node >= 0 ? 'p jump' : 'p', e.path); it.appendChild(p); it.appendChild(el('span', 's', e.size));
      if (e.node >= 0) it.addEventListener('click', function () { reveal(e.node, h.layer === null ? undefined : h.layer); });
      box.appendChild(it);
    });
    panel.appendChild(box);
  });
}

// per-layer bars, with the baseline alongside
function drawBars() {
  var panel = $('panel-bars'), max = 1, b = D.baseline;
  D.layers.forEach(function (r) { max = Math.max(max, r.sizeBytes); });
  if (b) b.layers.forEach(function (r) { max = Math.max(max, r.sizeBytes); });
  if (b) panel.appendChild(el('p', 'more', 'blue: this image; grey: baseline ' + b.title));
  var box = el('div', 'bars'), n = Math.max(D.layers.length, b ? b.layers.length : 0);
  for (var i = 0; i < n; i++) {
    var r = D.layers[i], br = b ? b.layers[i] : null;
    var row = el('div', 'b'); row.appendChild(el('span', 'lab', r ? i + ' ' + r.instruction : i + ' (baseline only)'));
    var tr = el('div', 'track'); var f = el('div', 'fill'); f.style.width = (r ? 100 * r.sizeBytes / max : 0) + '%'; tr.appendChild(f);
    if (br) { var g = el('div', 'fill base'); g.style.width = (100 * br.sizeBytes / max) + '%'; tr.appendChild(g); }
    row.appendChild(tr); row.appendChild(el('span', 'val', (r ? r.size : '') + (br ? ' (was ' + fmt(br.sizeBytes) + ')' : '')));
    if (r) (function (idx) { row.addEventListener('click', function () { setLayer(idx); showTab('tree'); }); })(r.index);
    box.appendChild(row);
  }
  panel.appendChild(box);
}

// treemap of the final tree (squarified), click a directory to zoom in, a file to reveal it
var mapRoot = 0, mapRects = [];
function worst(sum, mx, mn, side) { return Math.max(side * side * mx / (sum * sum), (sum * sum) / (side * side * mn)); }
function squarify(items, x, y, w, h, out) {
  var total = 0; items.forEach(function (it) { total += it.v; });
  if (total <= 0 || w <= 0 || h <= 0) return;
  var scale = w * h / total, rest = items.slice();
  while (rest.length) {
    var short = Math.min(w, h), row = [], rowSum = 0, mx = 0, mn = Infinity, cur = Infinity;
    while (rest.length) {
      var a = rest[0].v * scale, s = rowSum + a, nmx = Math.max(mx, a), nmn = Math.min(mn, a), r = worst(s, nmx, nmn, short);
      if (row.length && r > cur) break;
      cur = r; mx = nmx; mn = nmn; row.push(rest.shift()); rowSum = s;
    }
    var thick = rowSum / short, off = 0;
    row.forEach(function (it) { var len = it.v * scale / thick; if (w >= h) out.push({ n: it.n, x: x, y: y + off, w: thick, h: len }); else out.push({ n: it.n, x: x + off, y: y, w: len, h: thick }); off += len; });
    if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
  }
}
function drawMap() {
  if (view.layer !== L - 1) setLayer(L - 1);
  var cv = $('map'), ctx = cv.getContext('2d'), W = cv.width, H = cv.height;
  ctx.clearRect(0, 0, W, H); mapRects = [];
  var items = []; childrenOf(mapRoot).forEach(function (n) { if (present[n] && agg[n] > 0) items.push({ n: n, v: agg[n] }); });
  items.sort(function (a, b) { return b.v - a.v; });
  squarify(items, 0, 0, W, H, mapRects);
  var colors = ['#54aeff', '#4ac26b', '#d4a72c', '#fb8f44', '#c297ff', '#ff8182', '#6cb6ff', '#57ab5a'];
  mapRects.forEach(function (r, i) {
    ctx.fillStyle = colors[i % colors.length]; ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.strokeStyle = '#fff'; ctx.lineWidth = 2; ctx.strokeRect(r.x, r.y, r.w, r.h);
    if (isDir(r.n)) { var inner = []; var ks = []; childrenOf(r.n).forEach(function (k) { if (present[k] && agg[k] > 0) ks.push({ n: k, v: agg[k] }); }); ks.sort(function (a, b) { return b.v - a.v; }); squarify(ks.slice(0, 200), r.x + 3, r.y + 16, r.w - 6, r.h - 19, inner); ctx.strokeStyle = 'rgba(255,255,255,0.6)'; ctx.lineWidth = 1; inner.forEach(function (q) { ctx.strokeRect(q.x, q.y, q.w, q.h); }); }
    if (r.w > 40 && r.h > 14) { ctx.fillStyle = '#000'; ctx.font = '12px system-ui, sans-serif'; ctx.save(); ctx.beginPath(); ctx.rect(r.x, r.y, r.w, r.h); ctx.clip(); ctx.fillText(nameOf(r.n) + ' ' + fmt(agg[r.n]), r.x + 4, r.y + 12); ctx.restore(); }
  });
  var crumbs = $('map-crumbs'); crumbs.textContent = '';
  var chain = []; for (var m = mapRoot; m >= 0; m = parent[m]) chain.unshift(m);
  chain.forEach(function (m) { var a = el('a', 'jump', m === 0 ? '/' : nameOf(m) + '/'); a.addEventListener('click', function () { mapRoot = m; drawMap(); }); crumbs.appendChild(a); });
}
function mapHit(ev) {
  var cv = $('map'), rect = cv.getBoundingClientRect(), x = (ev.clientX - rect.left) * cv.width / rect.width, y = (ev.clientY - rect.top) * cv.height / rect.height;
  for (var i = 0; i < mapRects.length; i++) { var r = mapRects[i]; if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return r.n; }
  return -1;
}

// wiring
function init() {
  $('image-title').textContent = D.title;
  var hl = $('headline');
  D.headline.forEach(function (h) { var d = el('div'); d.appendChild(el('dt', '', h.label)); d.appendChild(el('dd', '', h.value)); hl.appendChild(d); });
  drawLayers(); drawWaste(); drawDups(); drawHints(); drawBars();
  var bs = document.querySelectorAll('#tabs button');
  for (var i = 0; i < bs.length; i++) bs[i].addEventListener('click', function (e) { showTab(e.currentTarget.dataset.tab); });
  $('only-changes').addEventListener('change', function (e) { view.onlyChanges = e.target.checked; sortedKids = new Map(); buildRows(); });
  $('show-deleted').addEventListener('change', function (e) { view.showDeleted = e.target.checked; sortedKids = new Map(); buildRows(); });
  $('sort').addEventListener('change', function (e) { view.sort = e.target.value; sortedKids = new Map(); buildRows(); });
  var timer = 0;
  $('search').addEventListener('input', function (e) { clearTimeout(timer); var q = e.target.value; timer = setTimeout(function () { search(q); }, 150); });
  $('search').addEventListener('keydown', function (e) { if (e.key === 'Enter') { var r = search(e.target.value); if (r.length) reveal(r[0]); } if (e.key === 'Escape') { e.target.value = ''; search(''); $('tree').focus(); } });
  var tree = $('tree');
  tree.addEventListener('scroll', function () { drawRows(false); });
  tree.addEventListener('click', function (e) {
    var row = e.target.closest('.row'); if (!row || row.dataset.node === undefined) return;
    var n = Number(row.dataset.node);
    if (e.target.classList.contains('tog')) toggle(n); else select(n, false);
  });
  tree.addEventListener('dblclick', function (e) { var row = e.target.closest('.row'); if (row) toggle(Number(row.dataset.node)); });
  tree.addEventListener('keydown', function (e) {
    var i = rows.indexOf(selected);
    if (e.key === 'ArrowDown') { if (i < rows.length - 1) select(rows[i + 1], true); }
    else if (e.key === 'ArrowUp') { if (i > 0) select(rows[i - 1], true); }
    else if (e.key === 'ArrowRight') { if (hasKids(selected) && !expanded[selected]) toggle(selected, true); else if (hasKids(selected) && expanded[selected] && i < rows.length - 1) select(rows[i + 1], true); }
    else if (e.key === 'ArrowLeft') { if (hasKids(selected) && expanded[selected] && selected !== 0) toggle(selected, false); else if (parent[selected] >= 0) select(parent[selected], true); }
    else if (e.key === 'Enter' || e.key === ' ') toggle(selected);
    else if (e.key === 'Home') select(rows[0], true);
    else if (e.key === 'End') select(rows[rows.length - 1], true);
    else return;
    e.preventDefault();
  });
  document.addEventListener('keydown', function (e) { if (e.key === '/' && document.activeElement !== $('search')) { e.preventDefault(); showTab('tree'); $('search').focus(); } });
  var cv = $('map');
  cv.addEventListener('click', function (e) { var n = mapHit(e); if (n < 0) return; if (isDir(n)) { mapRoot = n; drawMap(); } else reveal(n); });
  cv.addEventListener('dblclick', function (e) { var n = mapHit(e); if (n >= 0) reveal(n); });
  cv.addEventListener('mousemove', function (e) { var n = mapHit(e), tip = $('map-tip'); if (n < 0) { tip.hidden = true; return; } tip.hidden = false; tip.textContent = pathOf(n) + '  ' + fmt(agg[n]) + (isDir(n) ? '  (' + cnt[n] + ' files; click to zoom)' : ''); tip.style.left = (e.clientX + 12) + 'px'; tip.style.top = (e.clientY + 12) + 'px'; });
  cv.addEventListener('mouseleave', function () { $('map-tip').hidden = true; });
  setLayer(L - 1);
  if (L === 0) buildRows();
  window.layerBudgetExplorer = { ready: true, reveal: reveal, setLayer: setLayer, search: search, rows: function () { return rows.slice(); }, size: function (i) { return D.layers[i] ? D.layers[i].sizeBytes : 0; } };
  document.body.dataset.ready = 'true';
}
init();
})();
`;

// src/render/explorer/style.ts
var STYLE_CSS = String.raw`
:root { --fg:#1f2328; --muted:#656d76; --bg:#fff; --line:#d0d7de; --sel:#ddf4ff; --add:#1a7f37; --mod:#9a6700; --del:#cf222e; --bar:#0969da; --base:#8c959f; }
* { box-sizing: border-box; }
body { margin:0; font:13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--fg); background:var(--bg); }
header { display:flex; flex-wrap:wrap; align-items:baseline; gap:12px; padding:8px 12px; border-bottom:1px solid var(--line); }
header h1 { font-size:15px; margin:0; }
#image-title { font-family:ui-monospace, monospace; color:var(--muted); overflow-wrap:anywhere; }
#headline { display:flex; flex-wrap:wrap; gap:14px; margin:0; }
#headline div { display:flex; gap:4px; } #headline dt { color:var(--muted); } #headline dd { margin:0; font-weight:600; }
main { display:grid; grid-template-columns:minmax(380px, 44%) 1fr; height:calc(100vh - 42px); }
#layers-pane { overflow:auto; border-right:1px solid var(--line); padding:4px; }
#layers { border-collapse:collapse; width:100%; }
#layers th, #layers td { padding:3px 5px; border-bottom:1px solid var(--line); text-align:right; white-space:nowrap; }
#layers th:nth-child(2), #layers td:nth-child(2) { text-align:left; white-space:normal; max-width:260px; overflow:hidden; text-overflow:ellipsis; font-family:ui-monospace, monospace; font-size:12px; }
#layers tbody tr { cursor:pointer; } #layers tbody tr:hover { background:#f6f8fa; } #layers tbody tr.selected { background:var(--sel); }
#layers .loc { display:block; color:var(--muted); font-size:11px; }
.switch { display:block; margin:6px 4px; }
#work { display:flex; flex-direction:column; min-width:0; }
#tabs { display:flex; gap:2px; border-bottom:1px solid var(--line); padding:4px 8px 0; }
#tabs button { border:1px solid transparent; border-bottom:none; background:none; padding:5px 10px; cursor:pointer; font:inherit; }
#tabs button[aria-selected="true"] { border-color:var(--line); background:var(--bg); font-weight:600; border-radius:6px 6px 0 0; }
.panel { flex:1; overflow:auto; padding:6px 8px; min-height:0; }
#panel-tree { display:flex; flex-direction:column; overflow:hidden; }
#panel-tree[hidden], .panel[hidden] { display:none; }
#tree-tools { display:flex; gap:8px; align-items:center; margin-bottom:4px; }
#search { flex:1; font:inherit; padding:3px 6px; }
#view-label { color:var(--muted); }
#results { max-height:30%; overflow:auto; border:1px solid var(--line); margin-bottom:4px; }
#results div { padding:2px 6px; cursor:pointer; font-family:ui-monospace, monospace; font-size:12px; overflow-wrap:anywhere; } #results div:hover { background:#f6f8fa; }
#tree { position:relative; flex:1; overflow:auto; outline:none; font-family:ui-monospace, monospace; font-size:12px; }
#tree:focus .row.selected { outline:1px solid var(--bar); }
.row { position:absolute; left:0; right:0; height:20px; display:flex; align-items:center; white-space:nowrap; cursor:default; }
.row.head { position:static; font-weight:600; color:var(--muted); border-bottom:1px solid var(--line); font-family:inherit; }
.row.selected { background:var(--sel); }
.row .name { flex:1; overflow:hidden; text-overflow:ellipsis; }
.row .tog { display:inline-block; width:14px; text-align:center; cursor:pointer; color:var(--muted); }
.row .size { width:90px; text-align:right; } .row .count { width:70px; text-align:right; color:var(--muted); } .row .note { width:210px; padding-left:10px; overflow:hidden; text-overflow:ellipsis; }
.row.added .name { color:var(--add); } .row.modified .name { color:var(--mod); }
.row.gone .name, .row.gone .size { text-decoration:line-through; color:var(--del); }
.badge { display:inline-block; min-width:16px; padding:0 4px; border-radius:8px; font-size:11px; font-weight:600; color:#fff; text-align:center; }
.badge.A { background:var(--add); } .badge.M { background:var(--mod); } .badge.D { background:var(--del); }
.cause h3 { font-size:13px; margin:10px 0 4px; }
.item { display:flex; gap:10px; padding:2px 4px; cursor:pointer; font-family:ui-monospace, monospace; font-size:12px; } .item:hover { background:#f6f8fa; }
.item .p { flex:1; overflow-wrap:anywhere; } .item .s { width:90px; text-align:right; } .item .l { color:var(--muted); width:210px; }
.more { color:var(--muted); padding:2px 4px; }
.hint { border:1px solid var(--line); border-radius:6px; padding:6px 8px; margin:6px 0; }
.hint .sev { font-weight:700; text-transform:uppercase; font-size:11px; margin-right:6px; } .hint .sev.error { color:var(--del); } .hint .sev.warning { color:var(--mod); } .hint .sev.info { color:var(--muted); }
.hint .advice { color:var(--muted); margin:4px 0; }
a.jump { color:var(--bar); cursor:pointer; text-decoration:underline; }
#map { width:100%; max-width:1200px; border:1px solid var(--line); cursor:pointer; }
#map-crumbs { margin-bottom:4px; } #map-crumbs a { margin-right:4px; }
#map-tip { position:fixed; pointer-events:none; background:#24292f; color:#fff; padding:3px 6px; border-radius:4px; font-size:12px; max-width:520px; overflow-wrap:anywhere; }
.bars .b { display:flex; align-items:center; gap:8px; margin:3px 0; cursor:pointer; }
.bars .lab { width:260px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; font-family:ui-monospace, monospace; font-size:12px; }
.bars .track { flex:1; } .bars .fill { height:9px; background:var(--bar); margin:1px 0; } .bars .fill.base { background:var(--base); }
.bars .val { width:170px; text-align:right; }
`;

// src/render/explorer/page.ts
var EXPLORER_FILE = "layer-budget-explorer.html";
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function htmlText(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function renderExplorer(data) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>layer-budget explorer: ${htmlText(data.title)}</title>
<style>${STYLE_CSS}</style>
</head>
<body>
<header id="top"><h1>layer-budget explorer</h1><span id="image-title"></span><dl id="headline"></dl></header>
<main>
<section id="layers-pane" aria-label="layers">
<table id="layers"><thead><tr><th>#</th><th>instruction</th><th>size</th><th>compressed</th><th>wasted</th><th>hidden by</th></tr></thead><tbody></tbody></table>
<label class="switch"><input type="checkbox" id="only-changes"> only this layer's changes</label>
<label class="switch"><input type="checkbox" id="show-deleted" checked> show deleted paths</label>
</section>
<section id="work">
<nav id="tabs" role="tablist">
<button role="tab" data-tab="tree" aria-selected="true">Tree</button><button role="tab" data-tab="waste">Waste</button><button role="tab" data-tab="dups">Duplicates</button><button role="tab" data-tab="hints">Hints</button><button role="tab" data-tab="map">Treemap</button><button role="tab" data-tab="bars">Layer sizes</button>
</nav>
<div id="panel-tree" class="panel">
<div id="tree-tools"><input id="search" type="search" placeholder="search: substring or glob (* ?)  \u2014 press / to focus" autocomplete="off" spellcheck="false"> <label>sort <select id="sort"><option value="size">size</option><option value="name">name</option></select></label> <span id="view-label"></span></div>
<div id="results" hidden></div>
<div id="tree-head" class="row head"><span class="name">path</span><span class="size">size</span><span class="count">files</span><span class="note">change</span></div>
<div id="tree" tabindex="0" role="tree" aria-label="file tree"><div id="tree-spacer"></div></div>
</div>
<div id="panel-waste" class="panel" hidden></div>
<div id="panel-dups" class="panel" hidden></div>
<div id="panel-hints" class="panel" hidden></div>
<div id="panel-map" class="panel" hidden><div id="map-crumbs"></div><canvas id="map" width="900" height="520"></canvas><div id="map-tip" hidden></div></div>
<div id="panel-bars" class="panel" hidden></div>
</section>
</main>
<script id="lb-data" type="application/json">${scriptSafeJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

// src/render/diff-markdown.ts
function renderDiffMarkdown(base, head, diff) {
  return renderMarkdown(
    {
      key: head.provenance?.key ?? "diff",
      report: head,
      diff,
      baseline: base.provenance ? { commitSha: base.provenance.commitSha, ref: base.provenance.ref } : null,
      verdicts: [],
      status: "pass",
      waived: false,
      collapseUnchanged: true
    },
    "diff"
  );
}

// src/render/json.ts
function toCheckResult(outcome) {
  return {
    kind: "layer-budget/check",
    version: 1,
    status: outcome.status,
    failed: outcome.status === "fail",
    baselineMissing: outcome.baselineMissing ?? null,
    verdicts: outcome.verdicts,
    diff: outcome.diff,
    report: { ...outcome.report, hints: rankHints2(outcome.report.hints) }
  };
}
function side(r) {
  return { reference: r.image.reference, names: r.image.names, configDigest: r.image.configDigest, commitSha: r.provenance?.commitSha ?? null };
}
function toDiffResult(base, head, diff) {
  return { kind: "layer-budget/diff", version: 1, base: side(base), head: side(head), diff };
}
function checkResultJson(outcome) {
  return JSON.stringify(toCheckResult(outcome), null, 2);
}
function diffResultJson(base, head, diff) {
  return JSON.stringify(toDiffResult(base, head, diff), null, 2);
}

// src/render/summary.ts
function renderSummary(input, maxBytes) {
  return renderMarkdown({ ...input, collapseUnchanged: input.collapseUnchanged ?? false }, "summary", maxBytes);
}

// src/render/terminal.ts
function paint(color) {
  const wrap = (code2) => color ? (s) => `\x1B[${code2}m${s}\x1B[0m` : (s) => s;
  return { bold: wrap(1), dim: wrap(2), red: wrap(31), green: wrap(32), yellow: wrap(33) };
}
function cutEnd(s, n) {
  const cps = Array.from(s);
  return cps.length <= n ? s : n <= 1 ? "\u2026" : `${cps.slice(0, n - 1).join("")}\u2026`;
}
function len(s) {
  return Array.from(s).length;
}
function textTable(cols, rows, width, p) {
  const widths = cols.map((c, i) => Math.max(len(c.head), ...rows.map((r) => len(r[i] ?? ""))));
  const flex = cols.findIndex((c) => c.flex);
  const total = widths.reduce((s, w) => s + w, 0) + 2 * (cols.length - 1) + 2;
  if (flex >= 0 && total > width) widths[flex] = Math.max(10, widths[flex] - (total - width));
  const line = (cells, header, r) => {
    const parts = cells.map((raw, i) => {
      const c = cols[i];
      const w = widths[i];
      const cell = len(raw) > w ? c.cut === "middle" ? truncateMiddle(raw, w) : cutEnd(raw, w) : raw;
      const pad = " ".repeat(w - len(cell));
      const padded = c.align === "r" ? pad + cell : i === cols.length - 1 ? cell : cell + pad;
      return header ? p.bold(padded) : c.style ? c.style(padded, r) : padded;
    });
    return `  ${parts.join("  ")}`.trimEnd();
  };
  return [line(cols.map((c) => c.head), true, -1), ...rows.map((r, i) => line(r, false, i))];
}
function opts(o) {
  return { p: paint(o.color ?? false), width: Math.max(60, o.width ?? 100), top: o.top ?? 10 };
}
function ins(instruction) {
  return escapeTerminal(instruction || "(unknown)", { maxLength: 300 });
}
function title(name) {
  return escapeTerminal(name, { maxLength: 120 });
}
function totalsLine({ totals: t2 }) {
  return `total ${t2.total} \xB7 ${t2.compressed} ${t2.compressedKind} \xB7 wasted ${t2.wasted} (${t2.wastedPercent}) \xB7 efficiency ${t2.efficiency} \xB7 ${t2.layers} \xB7 ${t2.files}`;
}
function moreLine(p, more) {
  return more > 0 ? [p.dim(`  \u2026 ${formatCount(more)} more`)] : [];
}
function section(p, name) {
  return `
${p.bold(name)}`;
}
function hintLines(hints, p) {
  const out = hints.shown.map((h) => {
    const sev = h.severity === "error" ? p.red(h.severity) : h.severity === "warning" ? p.yellow(h.severity) : p.dim(h.severity);
    const where = h.layer !== null ? ` (layer ${h.layer})` : "";
    return `  ${formatBytes(h.savingsBytes).padStart(9)}  ${sev} ${escapeTerminal(h.title)}${where} [${escapeTerminal(h.rule, { maxLength: 60 })}]
             ${escapeTerminal(h.advice, { maxLength: 400 })}`;
  });
  return [...out, ...moreLine(p, hints.more)];
}
function renderTerminal(source, options = {}) {
  const r = "schemaVersion" in source ? source : source.report;
  const { p, width, top } = opts(options);
  const view = buildView({ report: r, topHints: top });
  const out = [`${p.bold(title(view.name))}  ${p.dim(escapeTerminal(view.platform, { maxLength: 40 }))}`, totalsLine(view)];
  out.push(section(p, "Layers"));
  out.push(
    ...textTable(
      [
        { head: "#", align: "r" },
        { head: "Instruction", align: "l", flex: true },
        { head: "Size", align: "r" },
        { head: "Compressed", align: "r" },
        { head: "Wasted", align: "r", style: (s) => s.trim() === "\u2014" ? p.dim(s) : p.yellow(s) },
        { head: "Hidden by", align: "l" }
      ],
      view.layers.map((l) => [String(l.index), ins(l.instruction), l.size, l.compressed, l.wasted, l.hiddenBy]),
      width,
      p
    )
  );
  if (view.wasteByCause.length > 0) {
    out.push(section(p, "Waste by cause"));
    for (const c of view.wasteByCause) out.push(`  ${c.size.padStart(9)}  ${c.text}`);
  }
  if (r.waste.topPaths.length > 0) {
    out.push(section(p, "Top wasted paths"));
    const list = listView(r.waste.topPaths, top, r.waste.topPathsOmitted);
    for (const w of list.shown) {
      out.push(`  ${formatBytes(w.sizeBytes).padStart(9)}  ${escapeTerminal(w.path, { maxLength: width - 40 })}  ${p.dim(`${w.cause}, layer ${w.layer} hidden by ${w.hiddenBy}`)}`);
    }
    out.push(...moreLine(p, list.more));
  }
  if (r.duplicates.hashed && r.duplicates.groupCount > 0) {
    out.push(section(p, `Duplicates: ${view.duplicates}`));
    for (const g of r.duplicates.groups.slice(0, top)) {
      const first = g.paths.slice(0, 2).map((x) => escapeTerminal(x, { maxLength: Math.floor((width - 30) / 2) })).join(", ");
      out.push(`  ${formatBytes(g.reclaimableBytes).padStart(9)}  ${g.paths.length}\xD7 ${formatBytes(g.sizeBytes)}: ${first}${g.paths.length > 2 ? ", \u2026" : ""}`);
    }
  } else if (!r.duplicates.hashed) out.push(section(p, "Duplicates: not measured (contents not hashed)"));
  if (r.waste.deletedPaths.length > 0) {
    out.push(section(p, "Deleted paths still shipped"));
    const list = listView(r.waste.deletedPaths, top, r.waste.deletedPathsOmitted);
    for (const d of list.shown) {
      out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 40 })}${d.kind === "dir" ? "/" : ""}  ${p.dim(`deleted in layer ${d.layer}`)}`);
    }
    out.push(...moreLine(p, list.more));
  }
  if (r.directories.length > 0) {
    out.push(section(p, `Largest directories (to depth ${r.directoryDepth})`));
    const dirs = [...r.directories].filter((d) => d.path !== "/").sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
    for (const d of dirs.slice(0, top)) out.push(`  ${formatBytes(d.sizeBytes).padStart(9)}  ${escapeTerminal(d.path, { maxLength: width - 30 })}  ${p.dim(`${formatCount(d.fileCount)} files`)}`);
  }
  if (view.hints.ranked.length > 0) out.push(section(p, "Hints"), ...hintLines(view.hints, p));
  return `${out.join("\n")}
`;
}
var MARK = { pass: "\u2713", warn: "!", fail: "\u2717" };
function layerDeltaTable(view, width, p, all) {
  const rows = view.layerDeltas.filter((l) => all || l.status !== "unchanged");
  if (rows.length === 0) return ["  no layer changed"];
  const style = (l) => l.status === "added" ? p.green : l.status === "removed" ? p.red : l.status === "changed" ? p.yellow : p.dim;
  const table2 = textTable(
    [
      { head: "Status", align: "l", style: (s, i) => style(rows[i])(s) },
      { head: "#", align: "r" },
      { head: "Instruction", align: "l", flex: true },
      { head: "Baseline", align: "r" },
      { head: "Now", align: "r" },
      { head: "\u0394", align: "r" }
    ],
    rows.map((l) => [l.status, l.index, ins(l.instruction), l.base, l.now, l.delta]),
    width,
    p
  );
  const unchanged = view.layerDeltas.length - rows.length;
  if (unchanged > 0) table2.push(p.dim(`  ${plural2(unchanged, "unchanged layer")} not shown`));
  return table2;
}
function dirLines(view, width, top, p) {
  const out = [];
  const line = (x) => `  ${x.delta.padStart(11)}  ${escapeTerminal(x.path, { maxLength: width - 40 })}  ${p.dim(`${x.base} \u2192 ${x.now}`)}`;
  if (view.growing.length > 0) out.push(section(p, "Where it grew"), ...view.growing.slice(0, top).map(line));
  if (view.shrinking.length > 0) out.push(section(p, "Where it shrank"), ...view.shrinking.slice(0, top).map(line));
  return out;
}
function growthLine(view) {
  const g = view.growth;
  if (!g) return "";
  return `total ${g.totalBase} \u2192 ${g.totalHead} (${g.totalDelta}, ${g.totalPercent}) \xB7 compressed ${g.compressedDelta} \xB7 wasted ${g.wastedDelta} \xB7 layers ${g.layerCount}${g.layerCountDelta}: ${g.counts.changed} changed, ${g.counts.added} added, ${g.counts.removed} removed`;
}
function renderCheckTerminal(check, options = {}) {
  const { p, width, top } = opts(options);
  const v = buildView({ report: check.report, diff: check.diff, verdicts: check.verdicts, status: check.status, topHints: Math.min(top, 5) });
  const color = v.status === "fail" ? p.red : v.status === "warn" ? p.yellow : p.green;
  const word = v.status === "fail" ? "FAIL" : v.status === "warn" ? "WARN" : "PASS";
  const out = [`${p.bold(color(word))} ${p.bold(title(v.name))}`, totalsLine(v)];
  if (v.growth) out.push(growthLine(v));
  else out.push(p.dim(escapeTerminal(check.baselineMissing ? `no baseline (${check.baselineMissing}); growth rules not evaluated` : "no baseline; growth rules not evaluated", { maxLength: 400 })));
  out.push(section(p, "Budgets"));
  if (v.verdicts.length === 0) out.push("  no budgets configured (.github/layer-budget.yml)");
  const verdicts = v.verdicts;
  const ruleW = Math.min(30, Math.max(0, ...verdicts.map((v2) => len(v2.rule))));
  for (const x of verdicts) {
    const c = x.status === "fail" ? p.red : x.status === "warn" ? p.yellow : p.green;
    const rule2 = escapeTerminal(x.rule, { maxLength: 30 });
    out.push(`  ${c(MARK[x.status])} ${rule2.padEnd(ruleW)}  ${escapeTerminal(x.message, { maxLength: 400 })}`);
  }
  if (v.growth) {
    out.push(section(p, "Layers vs baseline"));
    out.push(...layerDeltaTable(v, width, p, false));
    out.push(...dirLines(v, width, top, p));
  }
  if (v.hints.ranked.length > 0) out.push(section(p, "Hints"), ...hintLines(v.hints, p));
  return `${out.join("\n")}
`;
}
function renderDiffTerminal(base, head, diff, options = {}) {
  const { p, width, top } = opts(options);
  const v = buildView({ report: head, diff });
  const out = [`${p.bold(title(imageName(base)))} \u2192 ${p.bold(title(v.name))}`, growthLine(v)];
  out.push(section(p, "Layers"));
  out.push(...layerDeltaTable(v, width, p, true));
  out.push(...dirLines(v, width, top, p));
  if (v.growing.length === 0 && v.shrinking.length === 0) out.push(section(p, "Directories"), "  no directory changed");
  return `${out.join("\n")}
`;
}

// src/render/index.ts
function markdownInput(o, explorerUrl = null) {
  return {
    explorerUrl,
    key: o.key,
    report: o.report,
    diff: o.diff,
    baseline: o.baseline ? { commitSha: o.baseline.provenance?.commitSha ?? null, ref: o.baseline.provenance?.ref ?? null } : null,
    verdicts: o.verdicts,
    status: o.status,
    waived: o.waiver.waived,
    waiverLabel: o.waiver.label,
    baselineNote: o.baselineNote,
    summaryUrl: o.summaryUrl,
    topHints: o.comment.topHints,
    topDirectories: o.comment.topDirectories,
    collapseUnchanged: o.comment.collapseUnchanged,
    chart: o.comment.chart
  };
}
function needDiff(o, format) {
  if (!o.baseline || !o.diff) throw new Error(`render ${format}: the outcome has no baseline to diff against`);
  return { base: o.baseline, diff: o.diff };
}
function render(outcome, format, options = {}) {
  const term = { color: options.color ?? false, width: options.width ?? 100 };
  switch (format) {
    case "comment":
      return renderComment(markdownInput(outcome, options.explorerUrl ?? null));
    case "summary":
      return renderSummary({ ...markdownInput(outcome, options.explorerUrl ?? null), topHints: Number.MAX_SAFE_INTEGER, topDirectories: 50, collapseUnchanged: false });
    case "terminal":
      return renderCheckTerminal(
        { report: outcome.report, diff: outcome.diff, verdicts: outcome.verdicts, status: outcome.verdictStatus, baselineMissing: outcome.baselineNote },
        term
      );
    case "analysis":
      return renderTerminal(outcome.report, term);
    case "json":
      return `${checkResultJson({ report: outcome.report, diff: outcome.diff, verdicts: outcome.verdicts, status: outcome.verdictStatus, baselineMissing: outcome.baselineNote })}
`;
    case "report":
      return `${toJson(outcome.report)}
`;
    case "explorer":
      if (!outcome.analysis) throw new Error("render explorer: the outcome has no analysis (a report made earlier cannot be explored)");
      return renderExplorer(buildExplorerData(explorerInput(outcome.analysis, outcome.report, { baseline: outcome.baseline })));
    case "diff-terminal": {
      const { base, diff } = needDiff(outcome, format);
      return renderDiffTerminal(base, outcome.report, diff, term);
    }
    case "diff-markdown": {
      const { base, diff } = needDiff(outcome, format);
      return `${renderDiffMarkdown(base, outcome.report, diff)}
`;
    }
    case "diff-json": {
      const { base, diff } = needDiff(outcome, format);
      return `${diffResultJson(base, outcome.report, diff)}
`;
    }
  }
}

// src/cli/main.ts
var USAGE = `usage: layer-budget <command> [options]

commands:
  analyze SOURCE     per-layer sizes, waste by cause, duplicates and hints
  check SOURCE       evaluate budgets (and growth against --baseline); exit 1 when a budget fails
  diff BASE HEAD     compare two images or two saved reports (.json)
  explore SOURCE     write one self-contained HTML page to browse the layers and files of the image
                     (default layer-budget-explorer.html; --output FILE.html, --baseline REPORT.json)

SOURCE is one of:
  docker-archive:PATH       docker save / podman save output (legacy and Docker 25+ layouts)
  oci:DIR[:ref]             an OCI image layout directory
  oci-archive:PATH[:ref]    a tar of an OCI image layout
  docker://HOST/REPO:TAG    a registry (credentials: LAYER_BUDGET_REGISTRY_USERNAME/_PASSWORD or docker config)
  docker-daemon:IMAGE       streamed from \`docker save\`
  podman:IMAGE              streamed from \`podman save\`
  -                         a tar on standard input
  PATH                      a file or directory; the format is detected

options:
  --format text|markdown|json
                          output format (default: text); for every command, markdown is the PR comment the
                          action posts (diff: the diff as markdown) and json is the JSON report (analyze) or
                          result (check, diff)
  --json                  the same as --format json
  --platform OS/ARCH[/V]  pick a platform from a multi-platform index (default: the only one, else linux/amd64)
  --no-hash               skip content hashing (faster; no duplicate detection)
  --verify                check blob digests and diffIds
  --config FILE           budgets config and hint rules (default: .github/layer-budget.yml, else .dive-ci,
                          else the defaults: a hint of severity error, such as a shipped secret, fails)
  --baseline REPORT.json  a saved report to diff against (analyze, check)
  --output FILE           also write the JSON report to FILE (analyze, check); the page's path (explore)
  --key KEY               the image's key in the PR comment marker (default: default)
  --waived                turn failing budgets into warnings (as a waiver label does)
  --base-image SOURCE     the base image (any SOURCE form): its layers are marked as base layers
                          (default: from the image's base annotations, else the baseline, else unknown)
  -h, --help              this help
  --version               print the version

exit status: 0 ok / pass (warnings allowed), 1 a budget failed, 2 bad input or usage, 3 internal error`;
function parseFlags(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        format: { type: "string" },
        platform: { type: "string" },
        "no-hash": { type: "boolean", default: false },
        verify: { type: "boolean", default: false },
        config: { type: "string" },
        baseline: { type: "string" },
        output: { type: "string" },
        key: { type: "string", default: "default" },
        waived: { type: "boolean", default: false },
        "base-image": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
  } catch (err) {
    throw new InputError(err.message.replace(/^\w/, (c) => c.toLowerCase()), { hint: "run `layer-budget --help` for usage" });
  }
  const v = parsed.values;
  const format = v.json ? "json" : v.format ?? "text";
  if (format !== "text" && format !== "markdown" && format !== "json") {
    throw new InputError(`--format ${format}: unknown format`, { hint: "use --format text, markdown or json" });
  }
  return {
    flags: {
      json: v.json === true,
      format,
      ...v.platform ? { platform: v.platform } : {},
      hash: v["no-hash"] !== true,
      verify: v.verify === true,
      ...v.config ? { config: v.config } : {},
      ...v.baseline ? { baseline: v.baseline } : {},
      ...v.output ? { output: v.output } : {},
      key: v.key ?? "default",
      waived: v.waived === true,
      ...v["base-image"] ? { baseImage: v["base-image"] } : {}
    },
    positionals: parsed.positionals,
    help: v.help === true,
    version: v.version === true
  };
}
function requireArgs(positionals, n, usage) {
  if (positionals.length !== n) throw new InputError(`expected ${usage}`, { hint: "run `layer-budget --help` for usage" });
  return positionals;
}
var FORMATS = {
  analyze: { text: "analysis", markdown: "comment", json: "report" },
  check: { text: "terminal", markdown: "comment", json: "json" },
  diff: { text: "diff-terminal", markdown: "diff-markdown", json: "diff-json" }
};
function request(source, flags, config, baseline) {
  return {
    source,
    ...flags.platform ? { platform: flags.platform } : {},
    hash: flags.hash,
    verify: flags.verify,
    ...flags.baseImage ? { baseImage: flags.baseImage } : {},
    config,
    baseline,
    key: flags.key,
    waiver: { force: flags.waived }
  };
}
async function readSavedReport(ports, path2, what, hint) {
  const text = await ports.files.readText(path2);
  if (text === null) throw new InputError(`${what} ${untrusted(path2)} not found`, { hint });
  return readReport(text, `${what} ${path2}`);
}
function side2(ports, spec) {
  return spec.endsWith(".json") ? readSavedReport(ports, spec, "report", "pass a report written by `layer-budget analyze --json` or the action").then((report) => ({ report })) : spec;
}
function print(ports, outcome, format) {
  const terminal = format === "terminal" || format === "analysis" || format === "diff-terminal";
  const text = render(outcome, format, { color: terminal && ports.console.isTTY && !ports.env.NO_COLOR, width: ports.console.columns });
  ports.console.out(format === "comment" ? `${text}
` : text);
}
async function runCommand(ports, name, positionals, flags) {
  const io = { env: ports.env, stdin: ports.stdin };
  const readText = (p) => ports.files.readText(p);
  if (name === "diff") {
    const [baseSpec, headSpec] = requireArgs(positionals, 2, "diff BASE HEAD");
    const config2 = defaultConfig();
    const base = await run(request(await side2(ports, baseSpec), flags, config2, null), io);
    const outcome2 = await run(request(await side2(ports, headSpec), flags, config2, base.report), io);
    print(ports, outcome2, FORMATS.diff[flags.format]);
    return EXIT.ok;
  }
  const [source] = requireArgs(positionals, 1, `${name} SOURCE`);
  const config = await loadConfig(readText, flags.config);
  const baseline = flags.baseline ? await readSavedReport(ports, flags.baseline, "baseline report", "pass a report written by `layer-budget analyze --json` or the action") : null;
  const outcome = await run(request(source, flags, config, baseline), io);
  if (name === "explore") {
    const path2 = flags.output ?? EXPLORER_FILE;
    await ports.files.writeText(path2, render(outcome, "explorer"));
    ports.console.err(`layer-budget: wrote ${path2}
`);
    return EXIT.ok;
  }
  if (flags.output) await ports.files.writeText(flags.output, render(outcome, "report"));
  print(ports, outcome, FORMATS[name][flags.format]);
  return name === "check" && outcome.status === "fail" ? EXIT.budgetFailed : EXIT.ok;
}
async function main(argv, ports) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      ports.console.out(USAGE + "\n");
      return command === void 0 ? EXIT.input : EXIT.ok;
    }
    if (command === "--version") {
      ports.console.out(VERSION + "\n");
      return EXIT.ok;
    }
    const { flags, positionals, help, version } = parseFlags(rest);
    if (help) {
      ports.console.out(USAGE + "\n");
      return EXIT.ok;
    }
    if (version) {
      ports.console.out(VERSION + "\n");
      return EXIT.ok;
    }
    if (command !== "analyze" && command !== "check" && command !== "diff" && command !== "explore") {
      throw new InputError(`unknown command '${command}'`, { hint: "commands are analyze, check, diff and explore; see `layer-budget --help`" });
    }
    return await runCommand(ports, command, positionals, flags);
  } catch (err) {
    return reportError(ports, err);
  }
}
function reportError(ports, err) {
  if (err instanceof InputError) {
    ports.console.err(`layer-budget: ${escapeControls(redactText(err.message))}
`);
    if (err.hint) ports.console.err(`  hint: ${escapeControls(redactText(err.hint))}
`);
    return EXIT.input;
  }
  const e2 = err instanceof Error ? err : new Error(String(err));
  ports.console.err(`layer-budget: internal error: ${escapeControls(redactText(e2.message))}
  this is a bug in layer-budget; please report it with the command you ran
`);
  if (ports.env.LAYER_BUDGET_DEBUG) ports.console.err(`${e2.stack ?? ""}
`);
  return EXIT.internal;
}

// src/cli/process-ports.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/io/text-file.ts
import { open as open3 } from "node:fs/promises";
var TEXT_FILE_MAX_BYTES = 64 << 20;
async function readTextCapped(path2, maxBytes = TEXT_FILE_MAX_BYTES) {
  const tooLarge = (n) => new InputError(`${untrusted(path2)} is too large (${n}; the limit is ${maxBytes} bytes)`, {
    hint: "configs and reports are small (a report is a few MB at most); check the path, or regenerate the report with layer-budget analyze --json"
  });
  const fh = await open3(path2, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new InputError(`${untrusted(path2)} is a directory, not a file`, { hint: "pass the path of a file" });
    if (!st.isFile()) throw new InputError(`${untrusted(path2)} is not a regular file`, { hint: "pass the path of a regular file (not a device, FIFO or socket)" });
    if (st.size > maxBytes) throw tooLarge(`${st.size} bytes`);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) {
        if (n > maxBytes) throw tooLarge(`over ${maxBytes} bytes`);
        break;
      }
    }
    return buf.toString("utf8", 0, n);
  } finally {
    await fh.close();
  }
}
var readTextFile = async (path2) => {
  try {
    return await readTextCapped(path2);
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
};

// src/cli/process-ports.ts
function processPorts() {
  return {
    console: {
      out: (t2) => void process.stdout.write(t2),
      err: (t2) => void process.stderr.write(t2),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns ?? 100
    },
    files: {
      readText: readTextFile,
      async writeText(path2, text) {
        await mkdir(dirname2(path2), { recursive: true });
        await writeFile(path2, text);
      }
    },
    env: process.env,
    stdin: process.stdin
  };
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processPorts());
