/**
 * An error shaped like OfficeExtension.Error: `code` from Excel.ErrorCodes, a message, and debugInfo.
 * The adapter only looks at `code`, so the fake and real Excel are interchangeable to it.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Reading a property that was not loaded and synced (Office.js throws this synchronously). */
export function propertyNotLoaded(property: string, type: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
}

export function accessDenied(sheet: string): FakeOfficeError {
  return new FakeOfficeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet}).`
  );
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${what}).`
  );
}
