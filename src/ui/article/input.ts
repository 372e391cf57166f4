import { isPartialDate } from "../../model/dates";
import { MAX_TEXT_BYTES, tooLargeMessage } from "../../model/size-limits";
import { defaultTitle } from "../../view/article/review";
import { h } from "../dom";

/**
 * The article form: the text (pasted, picked or dropped as a .txt file), its title, publisher and
 * date, and "Find claims". It checks what it can before anything runs (an empty text, a bad date,
 * a file too large), and hands a complete article to `onSubmit`.
 */

export interface ArticleInput {
  text: string;
  title: string;
  publisher: string;
  date: string;
}

export interface ArticleForm {
  form: HTMLFormElement;
  textInput: HTMLTextAreaElement;
  /** While an article is read, the button is disabled. */
  setBusy(busy: boolean): void;
  /** Empties the text and title after their claims were found. */
  clear(): void;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function articleForm(
  status: HTMLElement,
  onSubmit: (article: ArticleInput) => Promise<void>,
): ArticleForm {
  const textInput = h("textarea", {
    attrs: { id: "article-text", rows: "7", placeholder: "Paste a news article, or drop a .txt file here…" },
  });
  const fileInput = h("input", { attrs: { type: "file", id: "article-file", accept: ".txt,text/plain" } });
  const titleInput = h("input", { attrs: { type: "text", id: "article-title", placeholder: "first line" } });
  const publisherInput = h("input", { attrs: { type: "text", id: "article-publisher", value: "" } });
  const dateInput = h("input", { attrs: { type: "text", id: "article-date", inputmode: "numeric" } });
  dateInput.value = today();
  const findButton = h("button", { text: "Find claims", attrs: { type: "submit", id: "find-claims" } });
  const form = h(
    "form",
    { className: "article-form", attrs: { id: "article-form", novalidate: "" } },
    h("label", { className: "article-label", attrs: { for: "article-text" }, text: "Article text" }),
    textInput,
    h("label", { className: "file-picker" }, h("span", { text: "…or pick a .txt file" }), fileInput),
    h(
      "div",
      { className: "article-fields" },
      h("label", {}, h("span", { text: "Title" }), titleInput),
      h("label", {}, h("span", { text: "Publisher" }), publisherInput),
      h("label", {}, h("span", { text: "Date" }), dateInput),
    ),
    h("div", { className: "button-row" }, findButton),
  );
  const showTitleHint = () => {
    titleInput.placeholder = defaultTitle(textInput.value) || "first line";
  };

  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (!/\.txt$/i.test(file.name) && file.type !== "text/plain") {
      status.textContent = `${file.name}: expected a plain-text .txt article.`;
      return;
    }
    // Refused by its size before it is read: the text already in the box stays.
    if (file.size > MAX_TEXT_BYTES) {
      status.textContent = `${file.name}: ${tooLargeMessage("the article", file.size, MAX_TEXT_BYTES)}.`;
      return;
    }
    textInput.value = await file.text();
    if (titleInput.value.trim() === "") showTitleHint();
    status.textContent = `Read ${file.name} (${textInput.value.length} characters).`;
  };
  fileInput.addEventListener("change", () => {
    void readFile(fileInput.files?.[0]);
    fileInput.value = "";
  });
  form.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  form.addEventListener("drop", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  });
  textInput.addEventListener("input", showTitleHint);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textInput.value;
    if (text.trim() === "") {
      status.textContent = "Paste or drop an article first.";
      textInput.focus();
      return;
    }
    const date = dateInput.value.trim();
    if (!isPartialDate(date)) {
      status.textContent = `Date: expected YYYY, YYYY-MM or YYYY-MM-DD, not “${date}”.`;
      dateInput.focus();
      return;
    }
    const title = titleInput.value.trim() || defaultTitle(text) || "Untitled article";
    void onSubmit({ text, title, publisher: publisherInput.value.trim() || "unknown", date });
  });

  return {
    form,
    textInput,
    setBusy(busy) {
      findButton.disabled = busy;
    },
    clear() {
      textInput.value = "";
      titleInput.value = "";
      titleInput.placeholder = "first line";
    },
  };
}
