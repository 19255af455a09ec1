export { TextField, TextArea, SelectField, FieldError, type Option } from './Field';
export { CheckboxGroup } from './CheckboxGroup';
export { FormAlert } from './FormAlert';
export { useFieldErrors } from './useFieldErrors';
